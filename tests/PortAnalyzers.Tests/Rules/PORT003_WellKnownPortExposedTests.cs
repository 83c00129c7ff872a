using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT003_WellKnownPortExposedTests
{
    private static Task VerifyAsync(string source, string? editorConfig = null) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, editorConfig);

    [Fact]
    public Task TcpListenerOnAnyAddress_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Any, {|PORT003:80|});
                var b = new TcpListener(IPAddress.IPv6Any, {|PORT003:443|});
                var c = new TcpListener(IPAddress.Parse("0.0.0.0"), {|PORT003:22|});
                var d = new TcpListener(IPAddress.Parse("10.0.0.5"), {|PORT003:25|});
                var e = TcpListener.Create({|PORT003:21|});
            }
        }
        """);

    [Fact]
    public Task LoopbackListener_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, 80);
                var b = new TcpListener(IPAddress.IPv6Loopback, 443);
                var c = new TcpListener(IPAddress.Parse("127.0.0.2"), 22);
                var d = new TcpListener(IPAddress.Parse("::1"), 25);
            }
        }
        """);

    [Fact]
    public Task UnknownHost_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M(IPAddress address) => new TcpListener(address, 80);
        }
        """);

    [Fact]
    public Task ClientConnectionsToWellKnownPorts_DoNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Http;
        using System.Net.Sockets;

        class C
        {
            void M(HttpClient http)
            {
                var client = new TcpClient("example.com", 443);
                client.Connect(IPAddress.Any, 80);
                _ = http.GetAsync("http://example.com:80/");
            }
        }
        """);

    [Fact]
    public Task KestrelOnAllInterfaces_Reports() => VerifyAsync("""
        using System.Net;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder)
            {
                builder.WebHost.ConfigureKestrel(options =>
                {
                    options.ListenAnyIP({|PORT003:80|});
                    options.Listen(IPAddress.Any, {|PORT003:443|});
                    options.ListenLocalhost({|PORT009:80|});
                    options.ListenAnyIP(8080);
                });
            }
        }
        """);

    [Fact]
    public Task UrlsOnAllInterfaces_Report() => VerifyAsync("""
        using System;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app)
            {
                builder.WebHost.UseUrls({|PORT003:"http://+:80"|}, {|PORT003:{|PORT009:"http://*:80/"|}|}, {|PORT003:"https://[::]:443"|}, {|PORT003:{|PORT009:"http://0.0.0.0"|}|});
                app.Urls.Add({|PORT003:"https://*"|});
                app.Urls.Add("http://localhost");
                app.Urls.Add({|PORT009:"http://127.0.0.1:80"|});
                app.Urls.Add("http://*:8080");
                Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", {|PORT003:"80"|});
                Environment.SetEnvironmentVariable("ASPNETCORE_URLS", {|PORT003:"http://localhost:5000;http://0.0.0.0:80"|});
                builder.WebHost.UseSetting("urls", {|PORT003:"http://+:80"|});
                builder.WebHost.UseSetting("https_ports", {|PORT003:"443"|});
            }
        }
        """);

    [Fact]
    public Task HttpListenerStrongWildcard_Reports() => VerifyAsync("""
        using System.Net;

        class C
        {
            void M(HttpListener listener, Microsoft.AspNetCore.Server.HttpSys.HttpSysOptions httpSys)
            {
                listener.Prefixes.Add({|PORT003:"http://+:80/"|});
                listener.Prefixes.Add("http://localhost:80/app/");
                httpSys.UrlPrefixes.Add({|PORT003:"https://*:443"|});
                httpSys.UrlPrefixes.Add("https://localhost:443");
            }
        }
        """);

    [Fact]
    public Task AllowedPort_IsNotReported() => VerifyAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Any, 443);
        }
        """,
        "port_analyzers.allowed_ports = 443");

    private const string Exposed = """
        using System;
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app, KestrelServerOptions options)
            {
                var a = new TcpListener(IPAddress.Any, {|PORT003:80|});
                var b = new TcpListener(new IPEndPoint(IPAddress.IPv6Any, {|PORT003:443|}));
                options.ListenAnyIP({|PORT003:80|});
                builder.WebHost.UseUrls({|PORT003:"http://+:80"|}, {|PORT003:"https://[::]"|});
                app.Urls.Add({|PORT003:"http://0.0.0.0:80;http://localhost:5000"|});
                Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", {|PORT003:"80"|});
            }
        }
        """;

    [Fact]
    public Task AllInterfaces_FixListensOnLoopback() => CSharpCodeFixVerifier<PortUsageAnalyzer, ListenOnLoopbackCodeFix>.VerifyCodeFixAsync(
        Exposed,
        """
        using System;
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app, KestrelServerOptions options)
            {
                var a = new TcpListener(IPAddress.Loopback, 80);
                var b = new TcpListener(new IPEndPoint(IPAddress.IPv6Loopback, 443));
                options.ListenLocalhost(80);
                builder.WebHost.UseUrls("http://localhost:80", "https://localhost");
                app.Urls.Add("http://localhost:80;http://localhost:5000");
                Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", {|PORT003:"80"|});
            }
        }
        """,
        ListenOnLoopbackCodeFix.EquivalenceKey,
        batchFixedSource: """
        using System;
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app, KestrelServerOptions options)
            {
                var a = new TcpListener(IPAddress.Loopback, 80);
                var b = new TcpListener(new IPEndPoint(IPAddress.IPv6Loopback, 443));
                options.ListenLocalhost(80);
                builder.WebHost.UseUrls("http://localhost:80", "https://localhost");
                app.Urls.Add("http://localhost:80;http://localhost:5000");
                Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", "8080");
            }
        }
        """);

    [Fact]
    public Task PrivilegedHttpPorts_FixUsesUnprivilegedPorts() => CSharpCodeFixVerifier<PortUsageAnalyzer, UseUnprivilegedPortCodeFix>.VerifyCodeFixAsync(
        Exposed,
        """
        using System;
        using System.Net;
        using System.Net.Sockets;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app, KestrelServerOptions options)
            {
                var a = new TcpListener(IPAddress.Any, 8080);
                var b = new TcpListener(new IPEndPoint(IPAddress.IPv6Any, 8443));
                options.ListenAnyIP(8080);
                builder.WebHost.UseUrls("http://+:8080", "https://[::]:8443");
                app.Urls.Add("http://0.0.0.0:8080;http://localhost:5000");
                Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", "8080");
            }
        }
        """,
        UseUnprivilegedPortCodeFix.EquivalenceKey);

    [Fact]
    public Task OtherWellKnownPorts_OfferNoUnprivilegedPortFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, UseUnprivilegedPortCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Any, {|PORT003:22|});
        }
        """,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Any, {|PORT003:22|});
        }
        """);

    [Fact]
    public Task Message_NamesServiceAndScope() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Any, {|#0:22|});
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT003").WithLocation(0).WithArguments(22, "the well-known ssh port", "all interfaces"));
}
