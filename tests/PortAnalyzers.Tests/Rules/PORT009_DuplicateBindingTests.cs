using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT009_DuplicateBindingTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source);

    [Fact]
    public Task UseUrlsListWithLoopbackAndAllInterfaces_Reports() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(IWebHostBuilder builder) => builder.UseUrls({|PORT009:"http://localhost:5031;http://*:5031"|});
        }
        """);

    [Fact]
    public Task UrlsSettingListOnOnePort_Reports() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(IWebHostBuilder builder)
            {
                builder.UseSetting("urls", {|PORT009:"http://localhost:5031;http://*:5031"|});
                builder.UseSetting("http_ports", {|PORT009:"5032;5032"|});
                builder.UseSetting("urls", "http://localhost:5033;http://localhost:5034");
            }
        }
        """);

    [Fact]
    public Task UseUrlsArgumentsOnOnePort_ReportsSecond() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            private const string Http = "http://localhost:5000";

            void M(IWebHostBuilder builder)
            {
                builder.UseUrls(Http, {|PORT009:"https://localhost:5000"|});
                builder.UseUrls("http://127.0.0.1:5001", {|PORT009:"http://[::1]:5001"|});
                builder.UseUrls(new[] { "http://db.example:5002", {|PORT009:"http://DB.example:5002"|} });
                builder.UseUrls("http://+:5003", {|PORT009:"http://10.0.0.5:5003"|});
            }
        }
        """);

    [Fact]
    public Task KestrelListenOnOnePort_ReportsSecond() => VerifyAsync("""
        using System.Net;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            private const int Port = 5001;

            void M(IWebHostBuilder builder)
            {
                builder.ConfigureKestrel(options =>
                {
                    options.ListenLocalhost(5000);
                    options.ListenAnyIP({|PORT009:5000|});
                    options.Listen(IPAddress.Loopback, Port);
                    options.Listen(new IPEndPoint(IPAddress.IPv6Loopback, {|PORT009:5001|}));
                });
                builder.UseKestrel((context, options) =>
                {
                    options.ListenAnyIP(5002);
                    options.ListenAnyIP({|PORT009:5002|}, listen => listen.UseHttps());
                });
            }
        }
        """);

    [Fact]
    public Task KestrelOptionsLambdaOfConfigure_Reports() => VerifyAsync("""
        using Microsoft.AspNetCore.Server.Kestrel.Core;
        using Microsoft.Extensions.DependencyInjection;

        class C
        {
            void M(IServiceCollection services) => services.Configure<KestrelServerOptions>(options =>
            {
                options.ListenLocalhost(5000);
                options.ListenLocalhost({|PORT009:5000|});
            });
        }
        """);

    [Fact]
    public Task UrlsAddOnOneAppInOneMethod_ReportsSecond() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app)
            {
                app.Urls.Add("http://localhost:5000");
                app.Urls.Add("http://localhost:5001");
                app.Urls.Add({|PORT009:"https://0.0.0.0:5000"|});
            }
        }
        """);

    [Fact]
    public Task BindingsThatDoNotOverlap_DoNotReport() => VerifyAsync("""
        using System.Net;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(IWebHostBuilder builder)
            {
                builder.UseUrls("http://localhost:5000", "https://localhost:5001");
                builder.UseUrls("http://10.0.0.1:5002;http://10.0.0.2:5002");
                builder.UseUrls("http://10.0.0.1:5003;http://localhost:5003");
                builder.UseUrls("http://localhost:0;http://*:0");
                builder.ConfigureKestrel(options =>
                {
                    options.Listen(IPAddress.Parse("10.0.0.1"), 5004);
                    options.Listen(IPAddress.Parse("10.0.0.2"), 5004);
                    options.ListenLocalhost(5005);
                });
                builder.ConfigureKestrel(options => options.ListenLocalhost(5005));
            }
        }
        """);

    [Fact]
    public Task KestrelSpecificAddressBesideAllInterfacesOrTheSameAddress_Reports() => VerifyAsync("""
        using System.Net;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(IWebHostBuilder builder)
            {
                builder.ConfigureKestrel(options =>
                {
                    options.ListenAnyIP(5010);
                    options.Listen(IPAddress.Parse("10.0.0.1"), {|PORT009:5010|});
                    options.Listen(IPAddress.Parse("10.0.0.2"), 5011);
                    options.Listen(new IPEndPoint(IPAddress.Parse("10.0.0.2"), {|PORT009:5011|}));
                    options.Listen(new IPEndPoint(167772161, 5012));
                    options.Listen(new IPEndPoint(167772162, 5012));
                    options.Listen(new IPEndPoint(167772162, {|PORT009:5012|}));
                });
            }
        }
        """);

    [Fact]
    public Task SeparateGroups_DoNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplication app, WebApplication other, IWebHostBuilder builder)
            {
                app.Urls.Add("http://localhost:5000");
                other.Urls.Add("http://localhost:5000");
                builder.UseUrls("http://localhost:5001");
                builder.UseUrls("http://localhost:5001");
            }

            void N(WebApplication app) => app.Urls.Add("http://localhost:5000");
        }
        """);

    [Fact]
    public Task HttpListenerPrefixesOnOnePort_DoNotReport() => VerifyAsync("""
        using System.Net;

        class C
        {
            void M(HttpListener listener)
            {
                listener.Prefixes.Add("http://localhost:5000/api/");
                listener.Prefixes.Add("http://localhost:5000/admin/");
                listener.Prefixes.Add("http://+:5000/");
            }
        }
        """);

    [Fact]
    public Task UnknownHost_DoesNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(IWebHostBuilder builder, string host) => builder.UseUrls($"http://{host}:5000", "http://localhost:5000");
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotReport() => VerifyAsync("""
        // <auto-generated/>
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(IWebHostBuilder builder) => builder.UseUrls("http://localhost:5031;http://*:5031");
        }
        """);

    [Fact]
    public Task Message_NamesPortAndEarlierLine() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app)
            {
                app.Urls.Add({|#1:"http://localhost:5031"|});
                app.Urls.Add({|#0:"http://*:5031"|});
            }
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT009").WithLocation(0).WithLocation(1).WithArguments(5031, 7));
}
