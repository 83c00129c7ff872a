using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT005_TargetInDynamicRangeTests
{
    private static Task VerifyAsync(string source, string? editorConfig = null) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, editorConfig);

    private static Task VerifyWithLibrariesAsync(string source) => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = source,
        TestState =
        {
            AdditionalReferences = { LibraryReferences.Npgsql, LibraryReferences.StackExchangeRedis },
        },
    }.RunAsync();

    [Fact]
    public Task TcpClientToDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;
        using System.Threading.Tasks;

        class C
        {
            async Task M()
            {
                using var a = new TcpClient("localhost", {|PORT005:50000|});
                using var b = new TcpClient();
                b.Connect("db.example", {|PORT005:50001|});
                await b.ConnectAsync(IPAddress.Loopback, {|PORT005:50002|});
                b.Connect(new IPEndPoint(IPAddress.Loopback, {|PORT005:50003|}));
            }
        }
        """);

    [Fact]
    public Task SocketConnectToDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;
        using System.Threading.Tasks;

        class C
        {
            async Task M(Socket socket)
            {
                socket.Connect("localhost", {|PORT005:50000|});
                await socket.ConnectAsync(IPAddress.Loopback, {|PORT005:50001|});
                socket.Connect(new DnsEndPoint("localhost", {|PORT005:50002|}));
                var endpoint = new IPEndPoint(IPAddress.Loopback, 50003);
                await socket.ConnectAsync({|PORT005:endpoint|});
            }
        }
        """);

    [Fact]
    public Task UdpClientToDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(byte[] data)
            {
                using var a = new UdpClient("localhost", {|PORT005:50000|});
                using var b = new UdpClient();
                b.Connect("localhost", {|PORT005:50001|});
                b.Send(data, data.Length, "localhost", {|PORT005:50002|});
                b.Send(data, data.Length, new IPEndPoint(IPAddress.Loopback, {|PORT005:50003|}));
            }
        }
        """);

    [Fact]
    public Task PortThroughConstLocalAndStaticReadonly_Reports() => VerifyAsync("""
        using System.Net.Sockets;

        class C
        {
            private const int ServicePort = 50000;
            private static readonly int OtherPort = 50001;

            void M()
            {
                var port = 50002;
                using var a = new TcpClient("localhost", {|PORT005:ServicePort|});
                using var b = new TcpClient("localhost", {|PORT005:OtherPort|});
                using var c = new TcpClient("localhost", {|PORT005:port|});
            }
        }
        """);

    [Fact]
    public Task RequestedUrlOnDynamicPort_Reports() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        class C
        {
            async Task M(HttpClient client, HttpContent content)
            {
                var uri = new Uri({|PORT005:"http://localhost:50000/api"|});
                await client.GetAsync({|PORT005:"https://localhost:50001/api"|});
                await client.GetStringAsync({|PORT005:"http://localhost:50002/"|});
                await client.PostAsync({|PORT005:"http://localhost:50003/items"|}, content);
                await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|PORT005:"http://localhost:50004/"|}));
                await client.GetFromJsonAsync<int[]>({|PORT005:"http://localhost:50005/numbers"|});
                using var other = new HttpClient { BaseAddress = new Uri({|PORT005:"http://api.example:50006/"|}) };
                await client.GetAsync(new Uri({|PORT005:"http://localhost:50007/"|}));
            }
        }
        """);

    [Fact]
    public Task UrlThroughConstant_ReportsAtUse() => VerifyAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;

        class C
        {
            private const string Api = "http://localhost:50000/api";

            Task<string> M(HttpClient client) => client.GetStringAsync({|PORT005:Api|});
        }
        """);

    [Fact]
    public Task WebSocketUrlOnDynamicPort_Reports() => VerifyAsync("""
        using System;
        using System.Net.WebSockets;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Task M(ClientWebSocket socket) => socket.ConnectAsync(new Uri({|PORT005:"ws://localhost:50000/ws"|}), CancellationToken.None);
        }
        """);

    [Fact]
    public Task KeyValueConnectionStrings_Report() => VerifyAsync("""
        class C
        {
            private const string Postgres = {|PORT005:"Host=localhost;Port=50000;Database=app"|};

            void M(string host)
            {
                var sql = {|PORT005:"Server=tcp:db.example,50001;Database=app;User Id=app"|};
                var multi = {|PORT005:"Host=h1:50002,h2:5432;Database=app"|};
                var oracle = {|PORT005:"Data Source=db.example:50003/ORCL;User Id=app"|};
                var interpolated = {|PORT005:$"Host={host};Port=50004;Database=app"|};
                var concatenated = {|PORT005:"Server=" + host + ",50005;Database=app"|};
                Use(Postgres, sql, multi, oracle, interpolated, concatenated);
            }

            void Use(params string[] values) { }
        }
        """);

    [Fact]
    public Task BuiltConnectionStrings_ReportOnceForTheWholeString() => VerifyAsync("""
        class C
        {
            void M(string host, string user, int timeout)
            {
                var holeFirst = {|PORT005:host + ";Port=50006;Database=app"|};
                var mixed = {|PORT005:$"Host={host};" + "Port=50007;" + "Database=app"|};
                var textlessFirst = {|PORT005:$"{host}" + ";Port=50008;Database=app"|};
                var parenthesized = {|PORT005:("Host=" + host) + (";Port=" + "50009")|};
                var manyParts = {|PORT005:"Host=db;" + "Port=50010;" + "Database=app;" + "Username=" + user + ";" + "Timeout=" + timeout + ";" + "Pooling=true;" + "Maximum Pool Size=50"|};
                Use(holeFirst, mixed, textlessFirst, parenthesized, manyParts);
            }

            void Use(params string[] values) { }
        }
        """);

    [Fact]
    public Task EveryKindOfStringLiteral_Reports() => VerifyAsync(""""
        using System.ComponentModel;

        [Description({|PORT005:"Host=db;Port=50020;Database=app"|})]
        class C
        {
            void M(string host)
            {
                var keyInLaterPart = {|PORT005:"Database=app;" + "Port=50021"|};
                var spaced = {|PORT005:"Host = localhost ; Port = 50022 ; Database = app"|};
                var verbatim = {|PORT005:@"Server=db\SQLEXPRESS,50023;Database=app"|};
                var raw = {|PORT005:"""Host=db;Port=50024;Database=app"""|};
                var multiLineRaw = {|PORT005:"""
                    Host=db;Port=50025;Database=app
                    """|};
                var interpolatedRaw = {|PORT005:$"""Host={host};Port=50026;Database=app"""|};
                var uri = {|PORT005:"postgres://db:50027/app"|};
                var escaped = {|PORT005:"Database=app;\r\nPort=50028"|};
                Use(keyInLaterPart, spaced, verbatim, raw, multiLineRaw, interpolatedRaw, uri, escaped);
            }

            void Use(params string[] values) { }
        }
        """");

    [Fact]
    public Task ConnectionStringTextOutsideStrings_DoesNotReport() => VerifyAsync("""
        /// <summary>Connects with <c>Host=db;Port=50000;Database=app</c>.</summary>
        class C
        {
            // Host=db;Port=50001;Database=app
            /* postgres://db:50002/app */
            private const char Equals = '=';
            private readonly byte[] utf8 = "Host=db;Port=50003;Database=app"u8.ToArray();

            void M()
            {
                var host = "db";
                var port = 50004;
        #if NEVER
                var disabled = "Host=db;Port=50005;Database=app";
        #endif
                Use(host, port);
            }

            void Use(string host, int port) { }
        }
        """);

    [Fact]
    public Task ServiceUris_Report() => VerifyAsync("""
        class C
        {
            private static readonly string[] Uris =
            {
                {|PORT005:"postgres://app:secret@localhost:50000/app"|},
                {|PORT005:"postgresql://localhost:50001/app"|},
                {|PORT005:"mysql://localhost:50002/app"|},
                {|PORT005:"mongodb://m1:50003,m2:27017/app?replicaSet=rs0"|},
                {|PORT005:"redis://localhost:50004"|},
                {|PORT005:"rediss://cache.example:50005"|},
                {|PORT005:"amqp://guest:guest@localhost:50006/"|},
                {|PORT005:"nats://localhost:50007"|},
                {|PORT005:"wss://localhost:50008/socket"|},
            };
        }
        """);

    [Fact]
    public Task ConnectionStringInConstant_ReportsOnceAtLiteral() => VerifyWithLibrariesAsync("""
        using Npgsql;

        class C
        {
            private const string Db = {|PORT005:"Host=localhost;Port=50000;Database=app"|};

            void M()
            {
                using var a = new NpgsqlConnection(Db);
                using var b = new NpgsqlConnection(Db);
                using var c = new NpgsqlConnection { ConnectionString = Db };
            }
        }
        """);

    [Fact]
    public Task SinglePairPassedToConnection_Reports() => VerifyWithLibrariesAsync("""
        using Npgsql;

        class C
        {
            void M()
            {
                using var a = new NpgsqlConnection({|PORT005:"Port=50000"|});
                using var b = new NpgsqlConnection();
                b.ConnectionString = {|PORT005:"Server=localhost,50001"|};
            }
        }
        """);

    [Fact]
    public Task BuilderPort_Reports() => VerifyWithLibrariesAsync("""
        using System.Data.Common;
        using Npgsql;

        class C
        {
            void M()
            {
                var a = new NpgsqlConnectionStringBuilder { Host = "localhost", Port = {|PORT005:50000|} };
                a.Port = {|PORT005:50001|};
                a.Host = {|PORT005:"h1:50002,h2"|};
                var b = new DbConnectionStringBuilder();
                b["Port"] = {|PORT005:50003|};
                b["Server"] = {|PORT005:"db.example,50004"|};
                b["port"] = {|PORT005:"50005"|};
            }
        }
        """);

    [Fact]
    public Task RedisConfiguration_Reports() => VerifyWithLibrariesAsync("""
        using System.Threading.Tasks;
        using StackExchange.Redis;

        class C
        {
            private const string Cache = "cache.example:50003";
            private const string WithOptions = {|PORT005:"cache.example:50004,abortConnect=false"|};

            async Task M()
            {
                using var a = ConnectionMultiplexer.Connect({|PORT005:"localhost:50000"|});
                using var b = await ConnectionMultiplexer.ConnectAsync({|PORT005:"r1:6379,r2:50001"|});
                var options = ConfigurationOptions.Parse({|PORT005:"localhost:50002,abortConnect=false"|});
                using var c = ConnectionMultiplexer.Connect({|PORT005:Cache|});
                using var d = ConnectionMultiplexer.Connect(WithOptions);
            }
        }
        """);

    [Fact]
    public Task RedisEndPoints_Report() => VerifyWithLibrariesAsync("""
        using System.Net;
        using StackExchange.Redis;

        class C
        {
            void M()
            {
                var options = new ConfigurationOptions { EndPoints = { {|PORT005:"localhost:50000"|}, { "cache.example", {|PORT005:50001|} } } };
                options.EndPoints.Add(IPAddress.Loopback, {|PORT005:50002|});
                options.EndPoints.Add("localhost", 6379);
            }
        }
        """);

    [Fact]
    public Task BuilderAdd_Reports() => VerifyAsync("""
        using System.Data.Common;

        class C
        {
            void M()
            {
                var builder = new DbConnectionStringBuilder();
                builder.Add("Port", {|PORT005:50000|});
                builder.Add("Data Source", {|PORT005:"db.example,50001"|});
                builder.Add("Timeout", 50002);
            }
        }
        """);

    [Fact]
    public Task RedisConfigurationWithOption_ReportsByContent() => VerifyAsync("""
        class C
        {
            private const string Cache = {|PORT005:"localhost:50000,abortConnect=false,ssl=true"|};
        }
        """);

    [Fact]
    public Task LiteralInsideInterpolationHole_IsPartOfNoConnectionString() => VerifyAsync("""
        class C
        {
            string M(string host) => $"Host={host};Database={"Port=50000;Server=x"}";
        }
        """);

    [Fact]
    public Task PortOutsideRange_ReportsPort004() => VerifyAsync("""
        using System.Net.Sockets;

        class C
        {
            private const string Db = {|PORT004:"Server=db.example,70000;Database=app"|};

            void M() => new TcpClient("localhost", {|PORT004:70000|}).Dispose();
        }
        """);

    [Fact]
    public Task TextThatOnlyLooksLikeAConnectionString_DoesNotReport() => VerifyAsync("""
        using System;

        class C
        {
            private const string Ratio = "ratio 1:50000";
            private const string Time = "12:55:00";
            private const string Section = "see section 4:60000";
            private const string Version = "version=1.2.50000";
            private const string Timeouts = "Server=localhost;Database=app;Timeout=50000;Command Timeout=60000;Maximum Pool Size=50000";
            private const string NamedInstance = "Server=db.example\\SQLEXPRESS;Database=app";
            private const string Pairs = "a=1;b=50000";
            private const string HostAndPort = "localhost:50000";

            void M(int port)
            {
                Console.WriteLine("Listening on http://localhost:50000");
                Console.WriteLine($"Connected to Host=db at {port}; retry=3");
                Console.WriteLine("port=50000 in use");
            }
        }
        """);

    [Fact]
    public Task UrlsThatAreNotRequested_DoNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        class C
        {
            private const string Link = "http://localhost:50000/docs";

            void M(IServiceCollection services)
            {
                services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins("http://localhost:50001")));
            }
        }
        """);

    [Fact]
    public Task LookalikeApis_DoNotReport() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class ApiClient
        {
            public Task<string> GetAsync(string requestUri) => Task.FromResult(requestUri);
            public void Connect(string hostname, int port) { }
            public void Send(byte[] datagram, int bytes, string hostname, int port) { }
        }

        class Settings
        {
            public string Host { get; set; } = "";
            public int Port { get; set; }
            public string ConnectionString { get; set; } = "";
            public void Add(string keyword, object value) { }
        }

        static class Extensions
        {
            public static Task<string> GetStringAsync(this object client, string requestUri) => Task.FromResult(requestUri);
        }

        class C
        {
            async Task M(ApiClient client, Dictionary<string, int> ports)
            {
                await client.GetAsync("http://localhost:50000/api");
                await new object().GetStringAsync("http://localhost:50001/");
                client.Connect("localhost", 50002);
                client.Send(new byte[1], 1, "localhost", 50003);
                var settings = new Settings { Host = "localhost", Port = 50004, ConnectionString = "db" };
                settings.Port = 50005;
                settings.Add("Port", 50006);
                ports.Add("Port", 50007);
            }
        }
        """);

    [Fact]
    public Task TargetOnRegisteredPortOrPortZero_DoesNotReport() => VerifyAsync("""
        using System;
        using System.Net.Sockets;

        class C
        {
            private const string Db = "Host=localhost;Port=5432;Database=app";

            void M()
            {
                using var a = new TcpClient("localhost", 8080);
                using var b = new TcpClient();
                b.Connect("localhost", 0);
                var uri = new Uri("http://localhost:5000/");
                var all = new Uri("http://0.0.0.0:50000/");
                var mongo = "mongodb://0.0.0.0:50001";
            }
        }
        """);

    [Fact]
    public Task ListenerOnDynamicPort_ReportsPort001NotPort005() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app) => app.Urls.Add({|PORT001:"http://localhost:50000"|});
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotReport() => VerifyAsync("""
        // <auto-generated/>
        using System.Net.Sockets;

        class C
        {
            private const string Db = "Host=localhost;Port=50000;Database=app";

            void M() => new TcpClient("localhost", 50001).Dispose();
        }
        """);

    [Fact]
    public Task AllowedPort_DoesNotReport() => VerifyAsync(
        """
        using System.Net.Sockets;

        class C
        {
            private const string Db = "Host=localhost;Port=50000;Database=app";

            void M() => new TcpClient("localhost", 50000).Dispose();
        }
        """,
        "port_analyzers.allowed_ports = 50000");

    [Fact]
    public Task LinuxDynamicRange_ReportsItsPorts() => VerifyAsync(
        """
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                new TcpClient("localhost", {|PORT005:40000|}).Dispose();
                new TcpClient("localhost", 62000).Dispose();
            }
        }
        """,
        "port_analyzers.dynamic_port_range = linux");
}
