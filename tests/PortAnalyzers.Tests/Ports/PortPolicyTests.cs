using System.Linq;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Ports;

public class PortPolicyTests
{
    private static string[] Rules(PortRole role, HostScope host, long port, string? scheme = null, PortPolicy? policy = null)
        => (policy ?? PortPolicy.Default).Evaluate(new PortUsage(role, host, port, scheme)).Select(f => f.RuleId).ToArray();

    [Theory]
    [InlineData(49152L, new[] { "PORT001" })]
    [InlineData(65535L, new[] { "PORT001" })]
    [InlineData(49151L, new string[0])]
    [InlineData(0L, new string[0])]
    [InlineData(65536L, new[] { "PORT004" })]
    [InlineData(-1L, new[] { "PORT004" })]
    public void Listener(long port, string[] expected) => Assert.Equal(expected, Rules(PortRole.Listen, HostScope.Loopback, port));

    [Theory]
    [InlineData("AllInterfaces", new[] { "PORT003" })]
    [InlineData("Specific", new[] { "PORT003" })]
    [InlineData("Loopback", new string[0])]
    [InlineData("Unknown", new string[0])]
    public void WellKnownListener(string host, string[] expected) => Assert.Equal(expected, Rules(PortRole.Listen, System.Enum.Parse<HostScope>(host), 22));

    [Fact]
    public void ClientSource_AnyFixedPort() => Assert.Equal(new[] { "PORT002" }, Rules(PortRole.ClientSource, HostScope.AllInterfaces, 1234));

    [Fact]
    public void ClientSource_PortZero() => Assert.Empty(Rules(PortRole.ClientSource, HostScope.AllInterfaces, 0));

    [Fact]
    public void ClientTarget_WellKnownIsFine() => Assert.Empty(Rules(PortRole.ClientTarget, HostScope.AllInterfaces, 443, "https"));

    [Fact]
    public void BrowserBlockedHttpListener_IsReportedUnlessPort003Is()
    {
        Assert.Equal(new[] { "PORT008" }, Rules(PortRole.Listen, HostScope.Loopback, 6000, "http"));
        Assert.Equal(new[] { "PORT003" }, Rules(PortRole.Listen, HostScope.AllInterfaces, 25, "http"));
        Assert.Empty(Rules(PortRole.Listen, HostScope.Loopback, 6000));
        Assert.Empty(Rules(PortRole.Listen, HostScope.Loopback, 6000, "tcp"));
    }

    [Fact]
    public void AllowedPorts_SilenceDynamicAndWellKnownButNotInvalid()
    {
        var policy = new PortPolicy(PortOptions.Parse(key => key == PortOptions.AllowedPortsKey ? "80, 50000" : null));
        Assert.Empty(Rules(PortRole.Listen, HostScope.AllInterfaces, 50000, policy: policy));
        Assert.Empty(Rules(PortRole.Listen, HostScope.AllInterfaces, 80, policy: policy));
        Assert.Equal(new[] { "PORT004" }, Rules(PortRole.Listen, HostScope.AllInterfaces, 70000, policy: policy));
    }
}
