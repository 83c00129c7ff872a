using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Ports;

public class PortRangeSetTests
{
    [Theory]
    [InlineData("80", "80")]
    [InlineData("80,443", "80, 443")]
    [InlineData("1-2; 3-4", "1-2, 3-4")]
    [InlineData("65535", "65535")]
    public void Parses(string text, string normalized)
    {
        Assert.True(PortRangeSet.TryParse(text, out var set));
        Assert.Equal(normalized, set.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("65536")]
    [InlineData("+80")]
    [InlineData("80-")]
    [InlineData("2-1")]
    [InlineData("1.5")]
    public void Rejects(string text) => Assert.False(PortRangeSet.TryParse(text, out _));

    [Theory]
    [InlineData(80L, "http")]
    [InlineData(22L, "ssh")]
    [InlineData(5000L, null)]
    public void ServiceNames(long port, string? name) => Assert.Equal(name, WellKnownServices.NameOf(port));

    [Theory]
    [InlineData(6000L, true)]
    [InlineData(10080L, true)]
    [InlineData(4190L, true)]
    [InlineData(8080L, false)]
    [InlineData(443L, false)]
    public void BrowserBlocked(long port, bool blocked) => Assert.Equal(blocked, BrowserBlockedPorts.Contains(port));
}
