using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT001 on the other listening APIs: Socket.Bind, UdpClient, HttpListener, Kestrel, UseUrls, app.Urls, ASPNETCORE_URLS; locations and message.</summary>
public class PORT001_ServerApiTests
{
    private static Task VerifyAsync(string source, string? editorConfig = null) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, editorConfig);

    [Fact]
    public Task SocketBindThenListen_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Loopback, {|PORT001:50000|}));
                socket.Listen(10);
            }
        }
        """);

    [Fact]
    public Task SocketBindWithoutVisibleRole_ReportsAsListening() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket) => socket.Bind(new IPEndPoint(IPAddress.Loopback, {|PORT001:50000|}));
        }
        """);

    [Fact]
    public Task UdpClientOnDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new UdpClient({|PORT001:50000|});
                var b = new UdpClient({|PORT001:50001|}, AddressFamily.InterNetworkV6);
                var c = new UdpClient(new IPEndPoint(IPAddress.Any, {|PORT001:50002|}));
            }
        }
        """);

    [Fact]
    public Task HttpListenerPrefix_Reports() => VerifyAsync("""
        using System.Net;

        class C
        {
            void M()
            {
                var listener = new HttpListener();
                listener.Prefixes.Add({|PORT001:"http://localhost:50000/"|});
                listener.Prefixes.Add("http://localhost:5000/");
            }
        }
        """);

    [Fact]
    public Task HostSettingsAndPrefixes_OfUserTypesPortZeroOrNoPort_DoNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Server.HttpSys;

        namespace My
        {
            interface IWebHostBuilder { IWebHostBuilder UseSetting(string key, string value); }
            class UrlPrefixCollection { public void Add(string prefix) { } }
            static class UrlPrefix { public static object Create(string prefix) => prefix; }
            static class WebHostDefaults { public static readonly string ServerUrlsKey = "other"; }
        }

        class C
        {
            void M(My.IWebHostBuilder mine, My.UrlPrefixCollection prefixes, IWebHostBuilder webHost, HttpSysOptions httpSys)
            {
                mine.UseSetting("urls", "http://localhost:50000");
                prefixes.Add("http://localhost:50001");
                My.UrlPrefix.Create("http://localhost:50002");
                webHost.UseSetting(My.WebHostDefaults.ServerUrlsKey, "http://localhost:50003");
                webHost.UseSetting("http_ports", "http");
                webHost.UseSetting("https_ports", "");
                webHost.UseSetting("urls", "not a url");
                httpSys.UrlPrefixes.Add("http://localhost:0");
                httpSys.UrlPrefixes.Add("http://localhost");
            }
        }
        """);

    [Fact]
    public Task HttpSysUrlPrefix_Reports() => VerifyAsync("""
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Server.HttpSys;

        class C
        {
            void M(IWebHostBuilder builder, HttpSysOptions other)
            {
                builder.UseHttpSys(options =>
                {
                    options.UrlPrefixes.Add({|PORT001:"http://localhost:50000"|});
                    options.UrlPrefixes.Add("https://localhost:5001/api");
                    options.UrlPrefixes.Add(UrlPrefix.Create({|PORT001:"http://localhost:50001"|}));
                    options.UrlPrefixes.Add(UrlPrefix.Create("http", "localhost", "5002", "/"));
                });
                other.UrlPrefixes.Add(prefix: {|PORT001:"https://+:50443/"|});
                other.UrlPrefixes.Remove("http://localhost:50002");
            }
        }
        """);

    [Fact]
    public Task KestrelListenApis_Report() => VerifyAsync("""
        using System.Net;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder)
            {
                builder.WebHost.ConfigureKestrel(options =>
                {
                    options.Listen(IPAddress.Loopback, {|PORT001:50000|});
                    options.Listen(new IPEndPoint(IPAddress.Loopback, {|PORT001:50001|}));
                    options.ListenAnyIP({|PORT001:50002|});
                    options.ListenLocalhost({|PORT001:50003|}, listen => { });
                    options.ListenLocalhost(5000);
                });
            }
        }
        """);

    [Fact]
    public Task UseUrls_ReportsEachDynamicUrl() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder)
            {
                builder.WebHost.UseUrls("http://localhost:5000", {|PORT001:"http://localhost:50000"|});
                builder.WebHost.UseUrls({|PORT001:"http://localhost:5001;https://localhost:50443"|});
                builder.WebHost.UseUrls(urls: new[] { {|PORT001:"http://127.0.0.1:60000"|} });
            }
        }
        """);

    [Fact]
    public Task HostSettings_ReportTheListenersTheyName() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, IWebHostBuilder webHost)
            {
                builder.WebHost.UseSetting("urls", {|PORT001:"http://localhost:50000"|});
                builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, {|PORT001:"http://127.0.0.1:5000;http://127.0.0.1:50001"|});
                webHost.UseSetting("URLS", {|PORT001:"http://localhost:60000"|});
                webHost.UseSetting(WebHostDefaults.HttpPortsKey, {|PORT001:"8080;50002"|});
                webHost.UseSetting("https_ports", {|PORT001:"50443"|});
                webHost.UseSetting(key: "urls", value: {|PORT001:"http://localhost:50003"|});
                new WebHostBuilder().UseSetting("urls", {|PORT001:"http://localhost:50004"|});
            }
        }
        """);

    [Fact]
    public Task HostSettings_OfOtherNamesOrSafePorts_DoNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, IWebHostBuilder webHost, string configured)
            {
                builder.WebHost.UseSetting("urls", "http://127.0.0.1:0");
                builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, string.Empty);
                builder.WebHost.UseSetting("urls", configured);
                webHost.UseSetting("ASPNETCORE_URLS", "http://localhost:50000");
                webHost.UseSetting("environment", "50000");
                webHost.UseSetting("shutdownTimeoutSeconds", "50000");
                webHost.UseSetting("http_ports", "5000;8080");
                webHost.UseSetting(configured, "http://localhost:50000");
                webHost.UseSetting("urls", null);
                System.Environment.SetEnvironmentVariable(WebHostDefaults.ServerUrlsKey, "http://localhost:50000");
            }
        }
        """);

    [Fact]
    public Task WebApplicationUrlsAndRun_Report() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.Create(args);
        app.Urls.Add({|PORT001:"http://localhost:50000"|});
        app.Urls.Add("http://localhost:5000");
        app.Run({|PORT001:"http://localhost:50001"|});
        """);

    [Fact]
    public Task AspNetCoreUrlsEnvironmentVariables_Report() => VerifyAsync("""
        using System;

        Environment.SetEnvironmentVariable("ASPNETCORE_URLS", {|PORT001:"http://localhost:50000"|});
        Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", {|PORT001:"8080;50001"|});
        Environment.SetEnvironmentVariable("ASPNETCORE_HTTPS_PORTS", {|PORT001:"50443"|});
        Environment.SetEnvironmentVariable("SOME_TIMEOUT", "50000");
        """);

    [Fact]
    public Task UrlWithConstantPortAndUnknownHost_Reports() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            private const int MetricsPort = 50123;

            void M(WebApplication app, string host)
            {
                app.Urls.Add({|PORT001:"http://" + host + ":" + MetricsPort + "/"|});
                app.Urls.Add({|PORT001:$"http://{host}:{MetricsPort}"|});
            }
        }
        """);

    [Fact]
    public Task UrlWithUnknownPort_DoesNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app, string hostAndPort, int port)
            {
                app.Urls.Add("http://" + hostAndPort);
                app.Urls.Add($"http://localhost:{port}");
                app.Urls.Add($"http://localhost:5{port}");
            }
        }
        """);

    [Fact]
    public Task UrlFromConstant_ReportsAtUseWithDeclarationAsAdditionalLocation() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using Microsoft.AspNetCore.Builder;

        class C
        {
            private const string Url = {|#1:"http://localhost:50000"|};

            void M(WebApplication app) => app.Urls.Add({|#0:Url|});
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT001").WithLocation(0).WithLocation(1).WithArguments(50000, "49152-65535"));

    [Fact]
    public Task PortFromConstant_ReportsWithDeclarationAsAdditionalLocation() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Port = {|#1:50000|};

            TcpListener M() => new TcpListener(IPAddress.Any, {|#0:Port|});
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT001").WithLocation(0).WithLocation(1).WithArguments(50000, "49152-65535"));

    [Fact]
    public Task Message_NamesPortRangeAndExcludedRangeCommand() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|#0:50000|});
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT001").WithLocation(0).WithArguments(50000, "49152-65535"));
}
