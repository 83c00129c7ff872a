using System.Linq;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Ports;

public class ConnectionStringsTests
{
    [Theory]
    [InlineData("Host=localhost;Port=50000;Database=app", "localhost", 50000)]
    [InlineData("Server=db.example;Port=50000;Uid=app;Pwd=secret", "db.example", 50000)]
    [InlineData("Server=localhost,50000;Database=app", "localhost", 50000)]
    [InlineData("Data Source=tcp:db.example,50000;Initial Catalog=app", "db.example", 50000)]
    [InlineData("Data Source=db.example\\SQLEXPRESS,50000;Integrated Security=true", "db.example", 50000)]
    [InlineData("Address=db.example,50000;Database=app", "db.example", 50000)]
    [InlineData("Addr=db.example,50000;Database=app", "db.example", 50000)]
    [InlineData("Network Address=db.example, 50000;Database=app", "db.example", 50000)]
    [InlineData("Data Source=db.example:50000/ORCL;User Id=app", "db.example", 50000)]
    [InlineData("host = localhost ; port = 50000 ; database = app", "localhost", 50000)]
    [InlineData("Host=localhost;Port='50000';Database=app", "localhost", 50000)]
    public void KeyValueString_ReadsPort(string text, string host, long port)
    {
        var endpoint = Assert.Single(ConnectionStrings.Parse(text));
        Assert.Equal(host, endpoint.Host);
        Assert.Equal(port, endpoint.Port);
        Assert.Null(endpoint.Scheme);
        Assert.Equal(port.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(endpoint.PortStart, endpoint.PortLength));
    }

    [Fact]
    public void MultiHostKeyValueString_ReadsEachPort()
    {
        var endpoints = ConnectionStrings.Parse("Host=h1:50001,h2:50002,h3;Database=app");
        Assert.Equal(new[] { ("h1", 50001L), ("h2", 50002L) }, endpoints.Select(e => (e.Host, e.Port)));
    }

    [Fact]
    public void LoopbackHost_IsClassified()
    {
        var endpoint = Assert.Single(ConnectionStrings.Parse("Host=127.0.0.1;Port=50000;Database=app"));
        Assert.Equal(HostScope.Loopback, endpoint.HostScope);
    }

    [Theory]
    [InlineData("Server=.\\SQLEXPRESS;Database=app")]
    [InlineData("Server=(localdb)\\MSSQLLocalDB;Database=app")]
    [InlineData("Data Source=app.db;Cache=Shared")]
    [InlineData("Data Source=C:\\data\\app.db;Mode=ReadOnly")]
    [InlineData("Server=localhost;Database=app;Timeout=50000;Command Timeout=60000;Maximum Pool Size=50000")]
    [InlineData("Server=h1,h2;Database=app")]
    [InlineData("Connection Timeout=50000;Max Pool Size=60000")]
    public void KeyValueStringWithoutPort_ReadsNothing(string text) => Assert.Empty(ConnectionStrings.Parse(text));

    [Theory]
    [InlineData("Port=50000")]
    [InlineData("Server=localhost,50000")]
    public void SinglePair_IsReadOnlyWhenLenient(string text)
    {
        Assert.Empty(ConnectionStrings.Parse(text));
        Assert.Equal(50000, Assert.Single(ConnectionStrings.ParseKnown(text)).Port);
    }

    [Theory]
    [InlineData("postgres://user:pw@localhost:50000/app", "postgres", "localhost", 50000)]
    [InlineData("postgresql://db.example:50000", "postgresql", "db.example", 50000)]
    [InlineData("mysql://root@db.example:50000/app?ssl=true", "mysql", "db.example", 50000)]
    [InlineData("redis://localhost:50000", "redis", "localhost", 50000)]
    [InlineData("rediss://:secret@cache.example:50000/0", "rediss", "cache.example", 50000)]
    [InlineData("amqp://guest:guest@localhost:50000/vhost", "amqp", "localhost", 50000)]
    [InlineData("amqps://broker.example:50000", "amqps", "broker.example", 50000)]
    [InlineData("nats://localhost:50000", "nats", "localhost", 50000)]
    [InlineData("ws://localhost:6000/socket", "ws", "localhost", 6000)]
    [InlineData("wss://[::1]:50000", "wss", "[::1]", 50000)]
    [InlineData("  MongoDB://localhost:50000", "mongodb", "localhost", 50000)]
    public void ServiceUri_ReadsPort(string text, string scheme, string host, long port)
    {
        var endpoint = Assert.Single(ConnectionStrings.Parse(text));
        Assert.Equal(scheme, endpoint.Scheme);
        Assert.Equal(host, endpoint.Host);
        Assert.Equal(port, endpoint.Port);
        Assert.Equal(port.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(endpoint.PortStart, endpoint.PortLength));
    }

    [Fact]
    public void MongoMultiHostUri_ReadsEachPort()
    {
        var endpoints = ConnectionStrings.Parse("mongodb://app:pw@m1:50001,m2:50002,m3/app?replicaSet=rs0");
        Assert.Equal(new[] { ("m1", 50001L), ("m2", 50002L) }, endpoints.Select(e => (e.Host, e.Port)));
    }

    [Theory]
    [InlineData("http://localhost:50000")]
    [InlineData("https://localhost:50000/api")]
    [InlineData("mongodb+srv://cluster.example/app")]
    [InlineData("postgres://localhost/app")]
    [InlineData("file://server:50000/share")]
    public void UriWithoutServicePort_ReadsNothing(string text) => Assert.Empty(ConnectionStrings.Parse(text));

    [Theory]
    [InlineData("cache.example:50000,abortConnect=false", "cache.example")]
    [InlineData("localhost:50000,password=secret,ssl=true", "localhost")]
    public void RedisConfigurationWithOption_ReadsPort(string text, string host)
    {
        var endpoint = Assert.Single(ConnectionStrings.Parse(text));
        Assert.Equal(host, endpoint.Host);
        Assert.Equal(50000, endpoint.Port);
    }

    [Fact]
    public void BareHostAndPort_IsReadOnlyWhenKnownToBeAConnectionString()
    {
        Assert.Empty(ConnectionStrings.Parse("localhost:50000"));
        Assert.Equal(50000, Assert.Single(ConnectionStrings.ParseKnown("localhost:50000")).Port);
        var endpoints = ConnectionStrings.ParseRedisConfiguration("r1:50001, r2:50002 ,r3");
        Assert.Equal(new[] { ("r1", 50001L), ("r2", 50002L) }, endpoints.Select(e => (e.Host, e.Port)));
    }

    [Theory]
    [InlineData("ratio 1:50000")]
    [InlineData("12:55:00")]
    [InlineData("section 4:60000")]
    [InlineData("1:50000")]
    [InlineData("version=1.2.50000")]
    [InlineData("a=1;b=50000")]
    [InlineData("Retry after 50000 ms; attempt=2")]
    [InlineData("Listening on http://localhost:50000")]
    [InlineData("Server started; port=50000 in use")]
    [InlineData("Host=localhost;Port=50000;Name='unclosed")]
    [InlineData("no digits here: at all = none")]
    [InlineData("")]
    public void FreeText_ReadsNothing(string text)
    {
        Assert.Empty(ConnectionStrings.Parse(text));
        Assert.Empty(ConnectionStrings.ParseKnown(text));
        Assert.Empty(ConnectionStrings.ParseRedisConfiguration(text));
    }

    [Fact]
    public void UnknownParts_AreHoles()
    {
        var hole = PartialText.HoleString;
        var endpoint = Assert.Single(ConnectionStrings.Parse("Host=" + hole + ";Port=50000;Database=" + hole));
        Assert.Equal(HostScope.Unknown, endpoint.HostScope);
        Assert.Empty(ConnectionStrings.Parse("Host=localhost;Port=" + hole + ";Database=app"));
        Assert.Single(ConnectionStrings.Parse("Host=localhost;Port=50000;" + hole));
        Assert.Equal(50000, Assert.Single(ConnectionStrings.Parse("postgres://" + hole + ":50000/app")).Port);
    }

    [Fact]
    public void AnyText_NeverThrows()
    {
        // The parsers run on every string literal of a compilation: odd text must be ignored, never crash them.
        var pieces = new[]
        {
            "Host=", "Port=", "Server=", "Data Source=", "tcp:", "postgres://", "mongodb://", "abortConnect=", ";", ",", ":",
            "=", "/", "@", "[", "]", "'", "\"", "\\", " ", "5", "0", "h", "::1", PartialText.HoleString,
        };
        var random = new System.Random(20261121);
        for (var i = 0; i < 20000; i++)
        {
            var builder = new System.Text.StringBuilder();
            for (var j = random.Next(0, 12); j > 0; j--)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            ConnectionStrings.Parse(text);
            ConnectionStrings.ParseKnown(text);
            ConnectionStrings.ParseRedisConfiguration(text);
            ConnectionStrings.ParseHostValue(text);
        }
    }

    [Fact]
    public void PortTooLarge_IsReadForPort004()
        => Assert.Equal(99999, Assert.Single(ConnectionStrings.Parse("Server=localhost,99999;Database=app")).Port);
}
