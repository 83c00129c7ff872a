using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT001 on TcpListener, and how a port reaches it: constants, fields, locals, arithmetic; the near misses.</summary>
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
    public Task LocalWrittenInsideAndOutsideTheBlockOfItsUse_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener? M(bool b)
            {
                var port = 5000;
                if (b)
                {
                    port = 53000;
                    return new TcpListener(IPAddress.Loopback, port);
                }

                return null;
            }
        }
        """);

    [Fact]
    public Task LocalDeclaredInABlock_IsResolvedThere() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M(bool b)
            {
                {
                    var port = 5000;
                    _ = port;
                }

                for (var i = 0; i < 1; i++)
                {
                    var port = 53000;
                    return new TcpListener(IPAddress.Loopback, {|PORT001:port|});
                }

                return new TcpListener(IPAddress.Loopback, 5001);
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
}
