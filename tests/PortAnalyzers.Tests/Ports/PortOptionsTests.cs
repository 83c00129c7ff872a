using System.Collections.Generic;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Ports;

public class PortOptionsTests
{
    private static PortOptions Parse(params (string Key, string Value)[] values)
    {
        var map = new Dictionary<string, string>();
        foreach (var (key, value) in values)
        {
            map[key] = value;
        }

        return PortOptions.Parse(key => map.TryGetValue(key, out var value) ? value : null);
    }

    [Theory]
    [InlineData("iana", 49152, 65535)]
    [InlineData("windows", 49152, 65535)]
    [InlineData(" Linux ", 32768, 60999)]
    [InlineData("1025-5000", 1025, 5000)]
    public void Profiles(string value, int low, int high)
    {
        var options = Parse((PortOptions.DynamicPortRangeKey, value));
        Assert.Empty(options.Problems);
        Assert.True(options.DynamicRange.Contains(low));
        Assert.True(options.DynamicRange.Contains(high));
        Assert.False(options.DynamicRange.Contains(low - 1));
        Assert.False(options.DynamicRange.Contains(high + 1));
    }

    [Fact]
    public void SeveralRanges()
    {
        var options = Parse((PortOptions.DynamicPortRangeKey, "1025-5000, 49152-65535"));
        Assert.True(options.DynamicRange.Contains(3000));
        Assert.True(options.DynamicRange.Contains(50000));
        Assert.False(options.DynamicRange.Contains(6000));
    }

    [Theory]
    [InlineData("bsd")]
    [InlineData("5000-1025")]
    [InlineData("0-65536")]
    [InlineData("-5")]
    [InlineData("1025--5000")]
    [InlineData("32768 60999")]
    [InlineData("32768\t60999")]
    [InlineData("50000")]
    [InlineData("49152-65535, 32768")]
    public void InvalidRange_IsAProblemAndFallsBackToIana(string value)
    {
        var options = Parse((PortOptions.DynamicPortRangeKey, value));
        var problem = Assert.Single(options.Problems);
        Assert.Equal(PortOptions.DynamicPortRangeKey, problem.Key);
        Assert.Equal(value, problem.Value);
        Assert.Same(DynamicPortRange.Iana, options.DynamicRange);
    }

    [Fact]
    public void AllowedPorts()
    {
        var options = Parse((PortOptions.AllowedPortsKey, "50051, 60100-60110"));
        Assert.True(options.AllowedPorts.Contains(50051));
        Assert.True(options.AllowedPorts.Contains(60105));
        Assert.False(options.AllowedPorts.Contains(60111));
    }

    [Fact]
    public void MsBuildPropertyIsTheFallback()
    {
        Assert.Same(DynamicPortRange.Linux, Parse((PortOptions.DynamicPortRangeProperty, "linux")).DynamicRange);
        Assert.Same(DynamicPortRange.Iana, Parse((PortOptions.DynamicPortRangeProperty, "linux"), (PortOptions.DynamicPortRangeKey, "iana")).DynamicRange);
    }

    [Fact]
    public void NothingSet_IsTheSharedDefault() => Assert.Same(PortOptions.Default, Parse());

    [Fact]
    public void BlankValues_AreIgnored() => Assert.Empty(Parse((PortOptions.AllowedPortsKey, "  "), (PortOptions.DynamicPortRangeKey, "")).Problems);
}
