using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PortAnalyzers.Benchmarks;

/// <summary>A generated project: C# sources and configuration files, each as (path, text).</summary>
public sealed class Codebase
{
    public Codebase(IReadOnlyList<(string Path, string Text)> sources, IReadOnlyList<(string Path, string Text)> additionalFiles)
    {
        Sources = sources;
        AdditionalFiles = additionalFiles;
    }

    public IReadOnlyList<(string Path, string Text)> Sources { get; }

    /// <summary>appsettings*.json and Properties/launchSettings.json, as MSBuild passes them to analyzers.</summary>
    public IReadOnlyList<(string Path, string Text)> AdditionalFiles { get; }

    public int SourceLines
    {
        get
        {
            var lines = 0;
            foreach (var (_, text) in Sources)
            {
                foreach (var c in text)
                {
                    lines += c == '\n' ? 1 : 0;
                }
            }

            return lines;
        }
    }
}

/// <summary>
/// Generates a realistic codebase, deterministically: mostly ordinary service code full of string literals, integers,
/// URLs in log messages and timeouts (what the analyzers must reject cheaply), with the API families the rules watch
/// mixed in (sockets, Kestrel, HttpClient, connection strings, environment variables) and the configuration files of
/// a web service. Scale 1 is about 20,000 lines of C#; the size grows linearly with the scale.
/// </summary>
public static class SyntheticCodebase
{
    public const int FilesPerScale = 84;

    /// <summary>
    /// The share of methods that touch an API the rules watch, by default: one in fifty. Real services keep these in a
    /// few startup, client and data-access files, so this is still generous; findings land in a few files in a hundred.
    /// </summary>
    public const double RealisticWatchedShare = 0.02;

    /// <summary>One method in eight: a stress profile that measures the extractors on plenty of matches.</summary>
    public const double DenseWatchedShare = 0.12;
    private const int FilesPerService = 20;
    private const int MethodsPerClass = 14;

    public static Codebase Generate(double scale, double watchedShare = RealisticWatchedShare, int seed = 20261121)
    {
        var random = new Random(seed);
        var fileCount = Math.Max(1, (int)Math.Round(FilesPerScale * scale));
        var sources = new List<(string, string)>();
        var files = new List<(string, string)>();
        for (var file = 0; file < fileCount; file++)
        {
            var service = file / FilesPerService;
            sources.Add(($"/src/Service{service}/Module{file}.cs", new SourceWriter(random, file, watchedShare).Write()));
            if (file % FilesPerService == 0)
            {
                var folder = $"/src/Service{service}/";
                files.Add((folder + "appsettings.json", AppSettings(random, service, production: true)));
                files.Add((folder + "appsettings.Development.json", AppSettings(random, service, production: false)));
                files.Add((folder + "Properties/launchSettings.json", LaunchSettings(random, service)));
            }
        }

        return new Codebase(sources, files);
    }

    private static int SafePort(Random random) => random.Next(5) switch
    {
        0 => 5000 + random.Next(100),
        1 => 8080 + random.Next(20),
        2 => 7000 + random.Next(100),
        3 => 3000 + random.Next(100),
        _ => 9000 + random.Next(1000),
    };

    /// <summary>
    /// Mostly safe ports, now and then a finding: a dynamic port, a well-known one, one out of range (zero is safe).
    /// A finding in one file in ten or so, as in a real codebase: the first diagnostic in a file is what costs most
    /// (see docs/performance.md), so a codebase full of findings would measure the driver, not the analyzers.
    /// </summary>
    private static int AnyPort(Random random) => random.Next(40) switch
    {
        0 => 49152 + random.Next(16000),
        1 => random.Next(2) == 0 ? 80 : 22,
        2 => 65536 + random.Next(10000),
        3 => 0,
        _ => SafePort(random),
    };

    private static string AppSettings(Random random, int service, bool production)
    {
        var url = production ? $"http://0.0.0.0:{AnyPort(random)}" : $"http://localhost:{SafePort(random)}";
        return $$"""
            {
              "Logging": {
                "LogLevel": {
                  "Default": "Information",
                  "Microsoft.AspNetCore": "Warning"
                }
              },
              "AllowedHosts": "*",
              "Kestrel": {
                "Endpoints": {
                  "Http": { "Url": "{{url}}" },
                  "Https": { "Url": "https://localhost:{{SafePort(random)}}" }
                },
                "Limits": { "MaxConcurrentConnections": {{random.Next(100, 10000)}}, "KeepAliveTimeout": "00:02:00" }
              },
              "ConnectionStrings": {
                "Orders": "Server=localhost,{{AnyPort(random)}};Database=Orders{{service}};User Id=app;Password=secret;TrustServerCertificate=True",
                "Cache": "localhost:6379,abortConnect=false,connectTimeout={{random.Next(1000, 10000)}}",
                "Events": "Host=localhost;Port={{AnyPort(random)}};Database=events;Timeout=30"
              },
              "Services": {
                "Inventory": { "BaseAddress": "http://localhost:{{AnyPort(random)}}/api/", "TimeoutSeconds": {{random.Next(5, 120)}} },
                "Billing": { "BaseAddress": "https://billing.example.com/v{{random.Next(1, 4)}}/", "Retries": {{random.Next(1, 9)}} }
              },
              "Features": { "BatchSize": {{random.Next(10, 5000)}}, "MaxItems": {{random.Next(1000, 100000)}}, "Name": "service-{{service}}" }
            }
            """;
    }

    private static string LaunchSettings(Random random, int service) => $$"""
        {
          "$schema": "https://json.schemastore.org/launchsettings.json",
          "profiles": {
            "http": {
              "commandName": "Project",
              "launchBrowser": true,
              "applicationUrl": "http://localhost:{{AnyPort(random)}}",
              "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development" }
            },
            "https": {
              "commandName": "Project",
              "applicationUrl": "https://localhost:{{SafePort(random)}};http://localhost:{{SafePort(random)}}",
              "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "SERVICE_NAME": "service-{{service}}" }
            }
          }
        }
        """;

    /// <summary>Writes one file: a namespace, a class with constants and fields, and methods from the templates below.</summary>
    private sealed class SourceWriter
    {
        private readonly Random random;
        private readonly int file;
        private readonly double watchedShare;
        private readonly StringBuilder text = new();
        private int method;

        public SourceWriter(Random random, int file, double watchedShare)
        {
            this.random = random;
            this.file = file;
            this.watchedShare = watchedShare;
        }

        public string Write()
        {
            text.Append($$"""
                using System;
                using System.Collections.Generic;
                using System.Globalization;
                using System.Linq;
                using System.Net;
                using System.Net.Http;
                using System.Net.Sockets;
                using System.Text;
                using System.Threading;
                using System.Threading.Tasks;
                using Microsoft.AspNetCore.Builder;
                using Microsoft.AspNetCore.Hosting;
                using Microsoft.AspNetCore.Server.Kestrel.Core;

                namespace Synthetic.Service{{file / FilesPerService}};

                /// <summary>Generated module {{file}}.</summary>
                public sealed class Module{{file}}
                {
                    private const int MaxItems = {{random.Next(100, 100000)}};
                    private const int ServicePort = {{AnyPort(random)}};
                    private const string ServiceName = "module-{{file}}";
                    private const string OrdersConnection = "Server=localhost,{{AnyPort(random)}};Database=Orders;User Id=app;Password=secret;";
                    private static readonly int RetryPort = {{SafePort(random)}};
                    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds({{random.Next(1, 300)}});
                    private static readonly HttpClient SharedClient = new HttpClient { Timeout = TimeSpan.FromSeconds({{random.Next(5, 100)}}) };
                    private readonly List<string> log = new List<string>();
                    private readonly Dictionary<string, int> counters = new Dictionary<string, int>();

                """);
            for (var i = 0; i < MethodsPerClass; i++)
            {
                WriteMethod();
            }

            text.Append("}\n");
            return text.ToString();
        }

        private void WriteMethod()
        {
            method++;
            text.Append('\n');
            if (random.NextDouble() >= watchedShare)
            {
                var ordinary = random.Next(88);
                if (ordinary < 25)
                {
                    Ordinary();
                }
                else if (ordinary < 45)
                {
                    Strings();
                }
                else if (ordinary < 65)
                {
                    Numbers();
                }
                else
                {
                    Queries();
                }

                return;
            }

            var watched = random.Next(12);
            if (watched < 3)
            {
                Sockets();
            }
            else if (watched < 5)
            {
                Kestrel();
            }
            else if (watched < 8)
            {
                HttpClients();
            }
            else if (watched < 10)
            {
                ConnectionStrings();
            }
            else
            {
                EnvironmentAndUrls();
            }
        }

        private int Next(int min, int max) => random.Next(min, max);

        private void Ordinary() => text.Append($$"""
                public async Task<int> ProcessOrders{{method}}Async(IReadOnlyList<string> items, CancellationToken cancellationToken)
                {
                    var total = 0;
                    var timeout = TimeSpan.FromMilliseconds({{Next(100, 30000)}});
                    for (var i = 0; i < items.Count && i < MaxItems; i++)
                    {
                        var item = items[i];
                        if (item.Length > {{Next(1, 64)}})
                        {
                            total += item.Length * {{Next(2, 1000)}};
                        }

                        log.Add($"Processed {item} from https://api.example.com/v{{Next(1, 4)}}/orders/{i} in {timeout.TotalMilliseconds} ms");
                    }

                    await Task.Delay({{Next(10, 5000)}}, cancellationToken);
                    counters["retries"] = {{Next(1, 10)}};
                    counters["batch"] = {{Next(10, 5000)}};
                    counters["port"] = {{AnyPort(random)}};
                    return total + counters.Count;
                }

            """);

        private void Strings() => text.Append($$"""
                public string Describe{{method}}(string name, int attempt)
                {
                    var builder = new StringBuilder("{{Word()}} {{Word()}}: ");
                    builder.Append(name).Append(" attempt ").Append(attempt.ToString(CultureInfo.InvariantCulture));
                    var message = string.Format(CultureInfo.InvariantCulture, "Server {0} listening on port {1}", ServiceName, {{AnyPort(random)}});
                    var url = "http://localhost:" + {{SafePort(random)}} + "/health";
                    var path = $"/api/v{{Next(1, 4)}}/{name}/items/{attempt}";
                    log.Add(message);
                    log.Add("Retrying in " + {{Next(100, 10000)}} + " ms after " + attempt + " attempts (see https://docs.example.com/errors/{{Next(1000, 9999)}})");
                    log.Add($"Calling {url}{path} with timeout {Timeout.TotalSeconds}s");
                    return builder.ToString().Trim().ToUpperInvariant() + "{{Word()}}";
                }

            """);

        private void Numbers() => text.Append($$"""
                public long Compute{{method}}(int seed)
                {
                    const int BufferSize = {{Next(1024, 65536)}};
                    const long Limit = {{Next(100000, int.MaxValue)}}L;
                    var seconds = {{Next(60, 86400)}};
                    var value = (long)seed * {{Next(2, 1000)}} + BufferSize;
                    var ports = new[] { {{AnyPort(random)}}, {{AnyPort(random)}}, {{AnyPort(random)}} };
                    foreach (var port in ports)
                    {
                        value = (value ^ port) % Limit;
                    }

                    if (value > seconds * {{Next(2, 100)}})
                    {
                        value -= {{Next(1, 10000)}};
                    }

                    return Math.Max(value, {{Next(0, 100)}}) + ServicePort;
                }

            """);

        private void Queries() => text.Append($$"""
                public IReadOnlyList<string> Select{{method}}(IEnumerable<string> names)
                {
                    return names
                        .Where(n => n.Length > {{Next(1, 10)}} && !n.StartsWith("{{Word()}}", StringComparison.Ordinal))
                        .Select(n => n.Replace("{{Word()}}", "{{Word()}}").ToLowerInvariant())
                        .OrderBy(n => n, StringComparer.Ordinal)
                        .Take({{Next(5, 500)}})
                        .ToList();
                }

            """);

        private void Sockets()
        {
            switch (random.Next(4))
            {
                case 0:
                    text.Append($$"""
                        public void Listen{{method}}()
                        {
                            var listener = new TcpListener(IPAddress.Loopback, {{AnyPort(random)}});
                            listener.Start();
                            log.Add("Listening on " + listener.LocalEndpoint);
                            listener.Stop();
                        }

                    """);
                    break;
                case 1:
                    text.Append($$"""
                        public void Serve{{method}}()
                        {
                            var port = ServicePort;
                            using var listener = TcpListener.Create(port);
                            var udp = new UdpClient(RetryPort);
                            udp.Close();
                        }

                    """);
                    break;
                case 2:
                    text.Append($$"""
                        public void Connect{{method}}()
                        {
                            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                            socket.Bind(new IPEndPoint(IPAddress.Any, {{(random.Next(3) == 0 ? AnyPort(random) : 0)}}));
                            socket.Connect(new IPEndPoint(IPAddress.Loopback, {{SafePort(random)}}));
                        }

                    """);
                    break;
                default:
                    text.Append($$"""
                        public void Bind{{method}}()
                        {
                            var endpoint = new IPEndPoint(IPAddress.Any, ServicePort);
                            var listener = new TcpListener(endpoint);
                            listener.Start({{Next(10, 1000)}});
                        }

                    """);
                    break;
            }
        }

        private void Kestrel()
        {
            switch (random.Next(3))
            {
                case 0:
                    text.Append($$"""
                        public static void ConfigureKestrel{{method}}(KestrelServerOptions options)
                        {
                            options.ListenAnyIP({{AnyPort(random)}});
                            options.ListenLocalhost({{SafePort(random)}});
                            options.Listen(IPAddress.Loopback, RetryPort);
                            options.Limits.MaxConcurrentConnections = {{Next(100, 10000)}};
                        }

                    """);
                    break;
                case 1:
                    text.Append($$"""
                        public static IWebHostBuilder UseUrls{{method}}(IWebHostBuilder builder)
                            => builder.UseUrls("http://localhost:{{SafePort(random)}}", "https://0.0.0.0:{{AnyPort(random)}}");

                    """);
                    break;
                default:
                    text.Append($$"""
                        public static void AddUrls{{method}}(WebApplication app)
                        {
                            app.Urls.Add("http://localhost:{{SafePort(random)}}");
                            app.Urls.Add($"http://+:{ServicePort}");
                        }

                    """);
                    break;
            }
        }

        private void HttpClients()
        {
            // Mostly the shared client; now and then the per-call client PORT006 is about.
            var client = random.Next(6) == 0
                ? $"using var client = new HttpClient {{ BaseAddress = new Uri(\"http://localhost:{AnyPort(random)}/\") }};"
                : "var client = SharedClient;";
            text.Append($$"""
                    public async Task<string> Fetch{{method}}Async(string id, CancellationToken cancellationToken)
                    {
                        {{client}}
                        var response = await client.GetAsync("http://localhost:{{SafePort(random)}}/api/items/" + id, cancellationToken);
                        var health = await SharedClient.GetStringAsync("http://localhost:{{SafePort(random)}}/health", cancellationToken);
                        log.Add($"GET {client.BaseAddress}api/items/{id} -> {(int)response.StatusCode} in {{Next(1, 999)}} ms");
                        return health + await SharedClient.GetStringAsync($"https://localhost:{RetryPort}/api/{id}", cancellationToken);
                    }

                """);
        }

        private void ConnectionStrings() => text.Append($$"""
                public IReadOnlyDictionary<string, string> Connections{{method}}()
                {
                    var redis = "localhost:{{AnyPort(random)}},abortConnect=false,connectTimeout={{Next(1000, 9000)}}";
                    return new Dictionary<string, string>
                    {
                        ["orders"] = OrdersConnection,
                        ["events"] = "Host=localhost;Port={{AnyPort(random)}};Database=events;Timeout={{Next(5, 60)}}",
                        ["documents"] = "mongodb://localhost:{{AnyPort(random)}}/documents?connectTimeoutMS={{Next(1000, 9000)}}",
                        ["cache"] = redis,
                    };
                }

            """);

        private void EnvironmentAndUrls() => text.Append($$"""
                public void ConfigureEnvironment{{method}}()
                {
                    Environment.SetEnvironmentVariable("ASPNETCORE_URLS", "http://+:{{AnyPort(random)}};https://localhost:{{SafePort(random)}}");
                    Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", "{{SafePort(random)}}");
                    Environment.SetEnvironmentVariable("{{Word().ToUpperInvariant()}}_TIMEOUT", "{{Next(1, 600)}}");
                    log.Add("Configured https://localhost:{{SafePort(random)}}/swagger for " + ServiceName);
                }

            """);

        private string Word() => Words[random.Next(Words.Length)];

        private static readonly string[] Words =
        {
            "order", "customer", "invoice", "payment", "shipment", "inventory", "catalog", "account", "session", "report",
            "retry", "timeout", "queue", "batch", "tenant", "region", "cache", "metric", "audit", "profile",
        };
    }
}
