using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Precision;

/// <summary>
/// A WebApplicationFactory runs the app on an in-memory TestServer: the server settings of its host configuration
/// listen nowhere (as in testcontainers-dotnet's WeatherForecast tests), while the sockets opened and the targets
/// named there are still judged, and a project that starts Kestrel through the factory keeps its settings reported.
/// </summary>
public class TestServerHostTests
{
    private const string Factory = """
        using System;
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Mvc.Testing;

        public class Program { }

        public sealed class Api : WebApplicationFactory<Program>
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                builder.UseSetting("URLS", "https://+");
                builder.UseUrls("http://localhost:50000", "http://localhost:50000");
                builder.ConfigureKestrel(options =>
                {
                    options.ListenAnyIP(80);
                    options.ListenAnyIP(80);
                });
                var upstream = new Uri({|PORT005:"http://10.0.0.5:50001"|});
                var fakeBroker = new TcpListener(IPAddress.Any, {|PORT003:80|});
            }

            public void ConfigureOther(IWebHostBuilder builder) => builder.UseUrls({|PORT001:"http://localhost:50002"|});

            public Api Configure(Action<IWebHostBuilder> configure) => this;
        }

        public static class Tests
        {
            public static void Run(WebApplicationFactory<Program> factory, Api api)
            {
                using var custom = factory.WithWebHostBuilder(builder => builder.UseSetting("urls", "http://+:80"));
                api.Configure(builder => builder.UseUrls({|PORT001:"http://localhost:50003"|}));
            }
        }
        """;

    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, LibraryReferences.MvcTesting);

    [Fact]
    public Task ServerSettingsOfAFactorysHost_AreNotReported_ButItsSocketsAndTargetsAre() => VerifyAsync(Factory);

    [Fact]
    public Task ListenersOfAFactoryThatStartsKestrel_AreReported() => VerifyAsync("""
        using System;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Mvc.Testing;

        public class Program { }

        public sealed class Api : WebApplicationFactory<Program>
        {
            public Api() => UseKestrel();

            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                builder.UseSetting("URLS", {|PORT003:"https://+"|});
                builder.UseUrls({|PORT001:"http://localhost:50000"|});
            }
        }

        public static class Tests
        {
            public static void Run(WebApplicationFactory<Program> factory)
            {
                using var custom = factory.WithWebHostBuilder(builder => builder.UseSetting("urls", {|PORT003:"http://+:80"|}));
            }
        }
        """);

    [Fact]
    public Task ServerSettingsOfASameNamedFactory_AreReported() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;

        namespace My
        {
            public abstract class WebApplicationFactory<T>
            {
                protected virtual void ConfigureWebHost(IWebHostBuilder builder) { }
            }
        }

        public class Program { }

        public sealed class Api : My.WebApplicationFactory<Program>
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseUrls({|PORT001:"http://localhost:50000"|});
        }
        """);

    [Fact]
    public Task ListenersOfOtherHosts_AreReported() => VerifyAsync("""
        using System;
        using Microsoft.AspNetCore.Hosting;

        public class Host
        {
            protected virtual void ConfigureWebHost(IWebHostBuilder builder) { }
        }

        public sealed class Api : Host
        {
            protected override void ConfigureWebHost(IWebHostBuilder builder)
            {
                builder.UseSetting("URLS", {|PORT003:"https://+"|});
            }

            public static void WithWebHostBuilder(Action<IWebHostBuilder> configure) { }

            public static void Run() => WithWebHostBuilder(builder => builder.UseUrls({|PORT001:"http://localhost:50000"|}));
        }
        """);
}
