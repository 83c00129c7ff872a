using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Precision;

/// <summary>
/// Everyday code that mentions hosts, ports, times and URLs without a port mistake: every analyzer must stay silent.
/// The shapes come from common ASP.NET Core, data-access and networking code.
/// </summary>
public class RealWorldShapesTests
{
    private const string EverydayCode = """
        using System;
        using System.Collections.Generic;
        using System.Data.Common;
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.Extensions.Configuration;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;

        public sealed class Startup
        {
            private const string LocalDb = "Server=(localdb)\\mssqllocaldb;Database=aspnet-53bc9b9d-9d6a-45d4-8429-2a2761773502;Trusted_Connection=True;MultipleActiveResultSets=true";
            private const string Sqlite = "Data Source=app.db;Cache=Shared";
            private const string Postgres = "Host=db;Port=5432;Database=orders;Username=app;Password=secret;Timeout=50000;Command Timeout=60000";
            private const string SqlExpress = "Server=.\\SQLEXPRESS;Database=Shop;Trusted_Connection=True";
            private const string Mongo = "mongodb://localhost:27017/shop";
            private static readonly HttpClient Shared = new HttpClient { Timeout = TimeSpan.FromSeconds(50000) };

            public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
            {
                services.AddHttpClient("github", c => c.BaseAddress = new Uri("https://api.github.com"));
                var fromConfig = configuration.GetConnectionString("Default");
                var builder = new DbConnectionStringBuilder { ConnectionString = fromConfig };
                builder["Connect Timeout"] = 50000;
            }

            public async Task<string> RunAsync(ILogger logger, WebApplication app, int port, string host)
            {
                logger.LogInformation("Listening on http://localhost:{Port}", port);
                logger.LogInformation("Ratio 1:50000, at 12:55:00, see section 4:60000 of RFC 6335 (ports 49152-65535)");
                var started = new DateTime(2024, 1, 1, 12, 55, 0);
                var window = TimeSpan.Parse("00:50:00");
                var version = "1.2.3:50000";
                var address = string.Format("{0}:{1}", host, port);
                app.Urls.Add("http://*:5000");
                app.Urls.Add($"http://{host}:{port}");
                var listener = new TcpListener(IPAddress.Loopback, 0);
                var endPoint = new IPEndPoint(IPAddress.Any, 0);
                using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.ReceiveTimeout = 50000;
                socket.ReceiveBufferSize = 65536;
                await socket.ConnectAsync(host, port);
                var buffer = new byte[65536];
                var redisHost = "redis:6379";
                var link = "See https://learn.microsoft.com/dotnet/api/system.net.sockets.tcplistener?view=net-8.0#remarks";
                var values = new Dictionary<string, int> { ["port"] = 50000, ["timeout"] = 60000 };
                await Task.Delay(50000);
                return await Shared.GetStringAsync("https://example.com/api/items?page=2&size=50000") + started + window + version
                    + address + listener + endPoint + buffer.Length + redisHost + link + values.Count + LocalDb + Sqlite + Postgres
                    + SqlExpress + Mongo;
            }
        }
        """;

    [Fact]
    public Task PortUsageAnalyzer_StaysSilent() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(EverydayCode);
}
