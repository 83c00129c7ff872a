using System.Linq;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Ports;

public class EndpointUrlTests
{
    [Theory]
    [InlineData("http://+:5000", "http", "+", 5000L, "AllInterfaces")]
    [InlineData("http://*:80/", "http", "*", 80L, "AllInterfaces")]
    [InlineData("https://[::]:443", "https", "[::]", 443L, "AllInterfaces")]
    [InlineData("http://0.0.0.0:5001", "http", "0.0.0.0", 5001L, "AllInterfaces")]
    [InlineData("http://localhost", "http", "localhost", 80L, "Loopback")]
    [InlineData("https://LOCALHOST/path", "https", "LOCALHOST", 443L, "Loopback")]
    [InlineData("HTTP://127.0.0.1:8080", "http", "127.0.0.1", 8080L, "Loopback")]
    [InlineData("http://127.10.0.1:8080", "http", "127.10.0.1", 8080L, "Loopback")]
    [InlineData("http://[::1]:8080/", "http", "[::1]", 8080L, "Loopback")]
    [InlineData("http://user:pa:ss@example.com:8081/x?y=1#z", "http", "example.com", 8081L, "Specific")]
    [InlineData("ws://10.1.2.3:9000", "ws", "10.1.2.3", 9000L, "Specific")]
    [InlineData("wss://example.com", "wss", "example.com", 443L, "Specific")]
    [InlineData("http://[fe80::1%25eth0]:70000", "http", "[fe80::1%25eth0]", 70000L, "Specific")]
    [InlineData("WsS://example.com:8443", "wss", "example.com", 8443L, "Specific")]
    [InlineData("Redis://cache:6380", "redis", "cache", 6380L, "Specific")]
    [InlineData("http://127.0.1:8080", "http", "127.0.1", 8080L, "Specific")]
    public void Parses(string text, string scheme, string host, long port, string scope)
    {
        Assert.True(EndpointUrl.TryParse(text, out var url));
        Assert.Equal(scheme, url.Scheme);
        Assert.Equal(host, url.Host);
        Assert.Equal(port, url.Port);
        Assert.Equal(scope, url.HostScope.ToString());
        Assert.Equal(host, text.Substring(url.HostStart, host.Length));
    }

    [Theory]
    [InlineData("localhost:5000")]
    [InlineData("not a url")]
    [InlineData("http://localhost:abc")]
    [InlineData("http://localhost:")]
    [InlineData("http://[::1:5000")]
    [InlineData("http://")]
    [InlineData("://x:1")]
    public void RejectsWhatIsNotAnEndpointUrl(string text) => Assert.False(EndpointUrl.TryParse(text, out _));

    [Fact]
    public void UnknownSchemeHasNoDefaultPort()
    {
        Assert.True(EndpointUrl.TryParse("ftp://example.com", out var url));
        Assert.Null(url.Port);
    }

    [Fact]
    public void HugePortStaysOutOfRange()
    {
        Assert.True(EndpointUrl.TryParse("http://localhost:99999999999999999999", out var url));
        Assert.False(PortNumber.IsValid(url.Port!.Value));
    }

    [Fact]
    public void PortPositionPointsAtDigits()
    {
        const string text = "http://localhost:5000;https://*:50443/";
        var urls = EndpointUrl.ParseList(text);
        Assert.Equal(2, urls.Count);
        Assert.Equal("50443", text.Substring(urls[1].PortStart, urls[1].PortLength));
        Assert.False(EndpointUrl.ParseList("http://localhost")[0].HasExplicitPort);
    }

    [Fact]
    public void ListSkipsBlanksAndGarbage()
    {
        var urls = EndpointUrl.ParseList(" http://localhost:1 ; ;garbage; http://*:2 ;");
        Assert.Equal(new long?[] { 1, 2 }, urls.Select(u => u.Port));
    }

    [Theory]
    [InlineData("http://\uFFFF:5000/", 5000L, "Unknown")]
    [InlineData("http://localhost:\uFFFF", null, "Loopback")]
    [InlineData("http://\uFFFF", null, "Unknown")]
    [InlineData("http://localhost\uFFFF", null, "Unknown")]
    [InlineData("http://localhost:5\uFFFF", null, "Loopback")]
    public void HolesMakeTheirPartUnknown(string text, long? port, string scope)
    {
        Assert.True(EndpointUrl.TryParse(text, out var url));
        Assert.Equal(port, url.Port);
        Assert.Equal(scope, url.HostScope.ToString());
    }
}
