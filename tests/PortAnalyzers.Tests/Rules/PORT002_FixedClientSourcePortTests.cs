using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT002_FixedClientSourcePortTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source);

    [Fact]
    public Task SocketBindThenConnect_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:5000|}));
                socket.Connect("example.com", 443);
            }
        }
        """);

    [Fact]
    public Task SocketBindThenConnectAsync_ReportsDynamicPortAsSourcePortOnly() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;
        using System.Threading.Tasks;

        class C
        {
            async Task M(Socket socket, EndPoint remote)
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:50000|}));
                await socket.ConnectAsync(remote);
            }
        }
        """);

    [Fact]
    public Task SocketFieldBindThenConnect_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private readonly Socket socket = new Socket(SocketType.Stream, ProtocolType.Tcp);

            void M()
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:6000|}));
                socket.Connect(IPAddress.Loopback, 80);
            }
        }
        """);

    [Fact]
    public Task TcpClientSocketBind_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(TcpClient client)
            {
                client.Client.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:7000|}));
            }
        }
        """);

    [Fact]
    public Task TcpClientWithLocalEndPoint_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpClient M() => new TcpClient(new IPEndPoint(IPAddress.Any, {|PORT002:7001|}));
        }
        """);

    [Fact]
    public Task TcpClientWithLocalEndPointFromLocal_ReportsAtArgument() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpClient M()
            {
                var local = new IPEndPoint(IPAddress.Any, 7002);
                return new TcpClient({|PORT002:local|});
            }
        }
        """);

    [Fact]
    public Task UdpClientThenConnect_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new UdpClient({|PORT002:9000|});
                a.Connect("example.com", 9001);
                using var b = new UdpClient(new IPEndPoint(IPAddress.Any, {|PORT002:9002|}));
                b.Connect(IPAddress.Loopback, 9003);
            }
        }
        """);

    [Fact]
    public Task SourcePortZero_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket)
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                socket.Connect("example.com", 443);
                var client = new TcpClient(new IPEndPoint(IPAddress.Any, 0));
            }
        }
        """);

    [Fact]
    public Task UnknownSourcePort_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket, int port, IPEndPoint local)
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, port));
                socket.Connect("example.com", 443);
                var client = new TcpClient(local);
            }
        }
        """);

    [Fact]
    public Task BindThenListen_IsNotASourcePort() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket)
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, 5000));
                socket.Listen(100);
            }
        }
        """);

    [Fact]
    public Task ConnectOnAnotherSocket_IsNotASourcePort() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket server, Socket client)
            {
                server.Bind(new IPEndPoint(IPAddress.Loopback, 5000));
                client.Connect("example.com", 443);
            }
        }
        """);

    [Fact]
    public Task UdpClientReceivingOnly_IsNotASourcePort() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var udp = new UdpClient(5353);
                IPEndPoint remote = null;
                udp.Receive(ref remote);
            }
        }
        """);

    private const string BindThenConnect = """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket, TcpClient client)
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:5000|}));
                socket.Connect("example.com", 443);
                var other = new TcpClient(new IPEndPoint(IPAddress.Any, {|PORT002:5001|}));
                if (client.Connected)
                    client.Client.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:5002|}));
            }
        }
        """;

    [Fact]
    public Task SourcePort_FixLetsOsChoose() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        BindThenConnect,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket, TcpClient client)
            {
                socket.Bind(new IPEndPoint(IPAddress.Any, 0));
                socket.Connect("example.com", 443);
                var other = new TcpClient(new IPEndPoint(IPAddress.Any, 0));
                if (client.Connected)
                    client.Client.Bind(new IPEndPoint(IPAddress.Any, 0));
            }
        }
        """,
        UsePortZeroCodeFix.SourcePortEquivalenceKey);

    [Fact]
    public Task BindStatement_FixRemovesIt() => CSharpCodeFixVerifier<PortUsageAnalyzer, RemoveBindCallCodeFix>.VerifyCodeFixAsync(
        BindThenConnect,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket, TcpClient client)
            {
                socket.Connect("example.com", 443);
                var other = new TcpClient(new IPEndPoint(IPAddress.Any, {|PORT002:5001|}));
                if (client.Connected)
                    client.Client.Bind(new IPEndPoint(IPAddress.Any, {|PORT002:5002|}));
            }
        }
        """,
        RemoveBindCallCodeFix.EquivalenceKey,
        batchFixedSource: """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket, TcpClient client)
            {
                socket.Connect("example.com", 443);
                var other = new TcpClient(new IPEndPoint(IPAddress.Any, 0));
                if (client.Connected)
                    client.Client.Bind(new IPEndPoint(IPAddress.Any, 0));
            }
        }
        """);

    [Fact]
    public Task Message_NamesPortAndTimeWait() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpClient M() => new TcpClient(new IPEndPoint(IPAddress.Any, {|#0:7001|}));
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT002").WithLocation(0).WithArguments(7001));
}
