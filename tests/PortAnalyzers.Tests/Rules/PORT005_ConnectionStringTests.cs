using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT005 in connection strings: written in any string, passed to ADO.NET and StackExchange.Redis APIs, builder keys.</summary>
public class PORT005_ConnectionStringTests
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
    public Task ConcatenationsOfEveryShape_ReportOnce() => VerifyAsync("""
        class C
        {
            bool M(string host, string x)
            {
                var nested = {|PORT005:host + (x + (";Host=db;" + ("Port=50011;" + x)))|};
                var compared = {|PORT005:"Host=db;" + x + ";Port=50012"|} == host;
                var twoWholes = Use({|PORT005:"Host=db;Port=50013;" + x|}, {|PORT005:x + ";Port=50014;Host=db"|});
                var inInterpolation = {|PORT005:$"Host={x + "db"};" + "Port=50015"|};
                var keysInLaterParts = {|PORT005:"Database=app;" + x + ";Host=db;" + "Port=50016"|};
                return nested.Length > 0 && compared && twoWholes && inInterpolation.Length > 0 && keysInLaterParts.Length > 0;
            }

            bool Use(string a, string b) => a == b;
        }
        """);

    [Fact]
    public Task ConcatenationsThatOnlyLookLikeConnectionStrings_DoNotReport() => VerifyAsync("""
        class C
        {
            string M(string host, int port, string x)
            {
                var message = "Listening on " + host + ": port=50000 in use";
                var timeouts = "Server=" + host + ";Database=app;" + "Timeout=50001;" + "Command Timeout=" + port;
                var pairs = "a=1;" + x + ";b=50002";
                var ratio = x + " ratio 1:" + "50003";
                var unknownPort = "Host=db;" + "Port=" + port;
                return message + timeouts + pairs + ratio + unknownPort;
            }
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
    public Task StringsOutsideTypes_Report() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestState =
        {
            OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication,
            Sources =
            {
                """
                [assembly: System.Reflection.AssemblyMetadata("db", {|PORT005:"Host=db;Port=50030;Database=app"|})]

                var db = {|PORT005:"Host=db;Port=50031;Database=app"|};
                System.Console.WriteLine(db + Local());

                string Local() => {|PORT005:"redis://cache:50032"|};

                enum Kind
                {
                    [System.ComponentModel.Description({|PORT005:"Server=db,50033;Database=app"|})]
                    Sql,
                }
                """,
            },
        },
    }.RunAsync();

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
                var c = new DbConnectionStringBuilder { ["Port"] = {|PORT005:50006|}, ["Host"] = "db" };
                var notABuilder = new System.Collections.Generic.Dictionary<string, object> { ["Port"] = 50007 };
                notABuilder["Port"] = 50008;
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
}
