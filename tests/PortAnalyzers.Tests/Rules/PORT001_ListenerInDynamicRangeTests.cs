using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT001_ListenerInDynamicRangeTests
{
    private static Task VerifyAsync(string source, string? editorConfig = null) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, editorConfig);

    [Fact]
    public Task TcpListenerOnDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|}).Start();
        }
        """);

    [Fact]
    public Task TcpListenerWithDigitSeparators_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M() => new TcpListener(IPAddress.Loopback, {|PORT001:50_000|}).Start();
        }
        """);

    [Fact]
    public Task TcpListenerObsoletePortOnlyConstructor_Reports() => VerifyAsync("""
        using System.Net.Sockets;

        class C
        {
        #pragma warning disable CS0618
            TcpListener M() => new TcpListener({|PORT001:55555|});
        }
        """);

    [Fact]
    public Task TcpListenerCreate_Reports() => VerifyAsync("""
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => TcpListener.Create({|PORT001:60000|});
        }
        """);

    [Fact]
    public Task TcpListenerWithInlineEndPoint_ReportsAtPort() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(new IPEndPoint(IPAddress.Any, {|PORT001:49152|}));
        }
        """);

    [Fact]
    public Task TcpListenerWithEndPointBuiltEarlier_ReportsAtArgument() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M()
            {
                var endPoint = new IPEndPoint(IPAddress.Loopback, 65535);
                return new TcpListener({|PORT001:endPoint|});
            }
        }
        """);

    [Fact]
    public Task PortFromConstField_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Port = 51000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        }
        """);

    [Fact]
    public Task PortFromConstFieldInOtherFile_Reports() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Ports.Server|});
            }
            """,
        TestState =
        {
            Sources = { ("/0/Ports.cs", "static class Ports { public const int Server = 50001; }") },
        },
    }.RunAsync();

    [Fact]
    public Task PortFromStaticReadonlyField_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private static readonly int Port = 52000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        }
        """);

    [Fact]
    public Task PortFromStaticReadonlyFieldInOtherFile_Reports() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Settings.Port|});
            }
            """,
        TestState =
        {
            Sources = { ("/0/Settings.cs", "static class Settings { public static readonly int Port = 50000 + 2; }") },
        },
    }.RunAsync();

    [Fact]
    public Task PortFromLocalAssignedOnce_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M()
            {
                var port = 53000;
                return new TcpListener(IPAddress.Loopback, {|PORT001:port|});
            }
        }
        """);

    [Fact]
    public Task PortFromLocalAssignedAfterDeclaration_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M()
            {
                int port;
                port = 53000;
                return new TcpListener(IPAddress.Loopback, {|PORT001:port|});
            }
        }
        """);

    [Fact]
    public Task PortFromArithmetic_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Base = 50000;
            TcpListener M(int offset)
            {
                var port = Base + 10;
                return new TcpListener(IPAddress.Loopback, {|PORT001:port|});
            }
        }
        """);

    [Fact]
    public Task LocalAssignedTwice_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M(bool b)
            {
                var port = 53000;
                if (b) port = 5000;
                return new TcpListener(IPAddress.Loopback, port);
            }
        }
        """);

    [Fact]
    public Task LocalIncremented_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M()
            {
                var port = 53000;
                port++;
                return new TcpListener(IPAddress.Loopback, port);
            }
        }
        """);

    [Fact]
    public Task LocalPassedByRef_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M()
            {
                var port = 53000;
                Next(ref port);
                return new TcpListener(IPAddress.Loopback, port);
            }

            static void Next(ref int port) => port = 5000;
        }
        """);

    [Fact]
    public Task UnknownPort_DoesNotReport() => VerifyAsync("""
        using System;
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private static readonly int FromEnvironment = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "0");
            private int instancePort = 50000;

            TcpListener A(int port) => new TcpListener(IPAddress.Any, port);
            TcpListener B() => new TcpListener(IPAddress.Any, FromEnvironment);
            TcpListener D() => new TcpListener(IPAddress.Any, instancePort);
            TcpListener E() => new TcpListener(IPAddress.Any, GetPort());
            static int GetPort() => 50000;
        }
        """);

    [Fact]
    public Task PortZero_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Loopback, 0);
        }
        """);

    [Fact]
    public Task RegisteredPort_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener A() => new TcpListener(IPAddress.Loopback, 5000);
            TcpListener B() => new TcpListener(IPAddress.Loopback, 49151);
        }
        """);

    [Fact]
    public Task SameNamedUserType_DoesNotReport() => VerifyAsync("""
        namespace MyApp
        {
            class TcpListener
            {
                public TcpListener(System.Net.IPAddress address, int port) { }
                public static TcpListener Create(int port) => new TcpListener(System.Net.IPAddress.Any, port);
            }

            class C
            {
                TcpListener A() => new TcpListener(System.Net.IPAddress.Any, 50000);
                TcpListener B() => TcpListener.Create(60000);
            }
        }
        """);

    [Fact]
    public Task EndPointNeverBound_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket, byte[] buffer)
            {
                var data = new IPEndPoint(IPAddress.Any, 50000);
                EndPoint remote = new IPEndPoint(IPAddress.Any, 0);
                socket.ReceiveFrom(buffer, ref remote);
            }
        }
        """);

    [Fact]
    public Task NonPortIntegers_DoNotReport() => VerifyAsync("""
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket)
            {
                socket.ReceiveTimeout = 50000;
                socket.ReceiveBufferSize = 65536;
                socket.SendTimeout = 60000;
                var delay = System.Threading.Tasks.Task.Delay(50000);
            }
        }
        """);

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

    [Fact]
    public Task LinuxProfile_ReportsPortsInLinuxRange() => VerifyAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener A() => new TcpListener(IPAddress.Loopback, {|PORT001:40000|});
            TcpListener B() => new TcpListener(IPAddress.Loopback, 62000);
        }
        """,
        "port_analyzers.dynamic_port_range = linux");

    [Fact]
    public Task ExplicitRanges_ReportPortsInThem() => VerifyAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener A() => new TcpListener(IPAddress.Loopback, {|PORT001:1025|});
            TcpListener B() => new TcpListener(IPAddress.Loopback, {|PORT001:5000|});
            TcpListener D() => new TcpListener(IPAddress.Loopback, 50000);
        }
        """,
        "port_analyzers.dynamic_port_range = 1025-5000");

    [Fact]
    public Task AllowedPorts_AreNotReported() => VerifyAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener A() => new TcpListener(IPAddress.Loopback, 50051);
            TcpListener B() => new TcpListener(IPAddress.Loopback, 60105);
            TcpListener D() => new TcpListener(IPAddress.Loopback, {|PORT001:60111|});
        }
        """,
        "port_analyzers.allowed_ports = 50051, 60100-60110");

    [Fact]
    public Task MsBuildPropertyProfile_IsUsedWhenEditorConfigIsSilent() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener A() => new TcpListener(IPAddress.Loopback, {|PORT001:40000|});
            }
            """,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.GlobalConfig("build_property.PortAnalyzersDynamicPortRange = linux") },
        },
    }.RunAsync();

    [Fact]
    public Task EditorConfigWinsOverMsBuildProperty() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = """
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener A() => new TcpListener(IPAddress.Loopback, 40000);
            }
            """,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.EditorConfig("port_analyzers.dynamic_port_range = iana"), ConfigFiles.GlobalConfig("build_property.PortAnalyzersDynamicPortRange = linux") },
        },
    }.RunAsync();

    [Fact]
    public Task GeneratedCode_DoesNotReport() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = """
            // <auto-generated/>
            using System.Net;
            using System.Net.Sockets;

            class C
            {
                TcpListener M() => new TcpListener(IPAddress.Loopback, 50000);
            }
            """,
        TestState =
        {
            Sources =
            {
                ("/0/Listener.g.cs", "class D { System.Net.Sockets.TcpListener M() => new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 50000); }"),
                ("/0/Attributed.cs", """
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                [System.ComponentModel.Description("Host=db;Port=50005;Database=app")]
                class E
                {
                    System.Net.Sockets.TcpListener M() => new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 50000);
                    const string Db = "Server=db,50000;Database=app";
                }

                class F
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    System.Net.Sockets.TcpListener M() => new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 50000);

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    string Db => "Server=db,50001;Database=app";

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    [System.ComponentModel.Description("Host=db;Port=50006;Database=app")]
                    void N([System.ComponentModel.Description("Host=db;Port=50007;Database=app")] int a) { }

                    string Other
                    {
                        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                        get => new System.Func<string>(() => "Server=db,50002;Database=app")();
                    }
                }

                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                partial class G
                {
                }

                partial class G
                {
                    const string Db = "Host=db;Port=50003;Database=app";

                    void M() => System.Console.WriteLine($"Host={Db};Port=50004;Database=app");
                }
                """),
            },
        },
    }.RunAsync();

    [Fact]
    public Task PortLiteralAtCall_FixUsesPortZero() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
                var b = new TcpListener(new IPEndPoint(IPAddress.Loopback, {|PORT001:50001|}));
                var c = new UdpClient({|PORT001:50002|});
            }
        }
        """,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, 0);
                var b = new TcpListener(new IPEndPoint(IPAddress.Loopback, 0));
                var c = new UdpClient(0);
            }
        }
        """,
        UsePortZeroCodeFix.ListenerEquivalenceKey);

    [Fact]
    public Task UrlLiteralAtCall_FixUsesPortZeroAndLoopbackAddress() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app)
            {
                builder.WebHost.UseUrls({|PORT001:"http://localhost:50000"|}, {|PORT001:"http://127.0.0.1:50001/"|});
                app.Urls.Add({|PORT001:"http://localhost:5000;http://localhost:60000"|});
            }
        }
        """,
        """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0", "http://127.0.0.1:0/");
                app.Urls.Add("http://localhost:5000;http://127.0.0.1:0");
            }
        }
        """);

    [Fact]
    public Task PortFromConstant_OffersNoFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Port = 50000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        }
        """,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Port = 50000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        }
        """);

    [Fact]
    public Task HttpListenerAndListenLocalhost_OfferNoPortZeroFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(HttpListener listener, KestrelServerOptions options)
            {
                listener.Prefixes.Add({|PORT001:"http://localhost:50000/"|});
                options.ListenLocalhost({|PORT001:50001|});
            }
        }
        """,
        """
        using System.Net;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(HttpListener listener, KestrelServerOptions options)
            {
                listener.Prefixes.Add({|PORT001:"http://localhost:50000/"|});
                options.ListenLocalhost({|PORT001:50001|});
            }
        }
        """);
}
