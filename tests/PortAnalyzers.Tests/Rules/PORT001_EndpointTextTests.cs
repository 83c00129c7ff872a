using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>Endpoints written as text (<c>IPEndPoint.Parse</c> / <c>TryParse</c>): host scope and port both read, for every socket rule.</summary>
public class PORT001_EndpointTextTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source);

    [Fact]
    public Task ParsedEndpoints_ReportWhatTheirTextSays() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(Socket socket)
            {
                new TcpListener(IPEndPoint.Parse({|PORT003:"0.0.0.0:80"|})).Start();
                new TcpListener(IPEndPoint.Parse({|PORT001:"127.0.0.1:50000"|})).Start();
                new TcpListener(IPEndPoint.Parse({|PORT003:"[::]:443"|})).Start();
                new TcpListener(IPEndPoint.Parse({|PORT001:" [::1]:50001 "|})).Start();
                new TcpClient(IPEndPoint.Parse({|PORT002:"0.0.0.0:7001"|}));
                socket.Connect(IPEndPoint.Parse({|PORT005:"10.0.0.5:50002"|}));
            }
        }
        """);

    [Fact]
    public Task ParsedEndpointInALocal_ReportsAtTheUseWithTheTextAsAdditionalLocation() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M()
            {
                var endPoint = IPEndPoint.Parse({|#1:"0.0.0.0:50000"|});
                return new TcpListener({|#0:endPoint|});
            }
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT001").WithLocation(0).WithLocation(1).WithArguments(50000, "49152-65535"));

    [Fact]
    public Task TryParsedEndpoint_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                if (IPEndPoint.TryParse("0.0.0.0:22", out var ssh))
                {
                    new TcpListener({|PORT003:ssh|}).Start();
                }

                IPEndPoint? declared;
                if (IPEndPoint.TryParse("127.0.0.1:50000", out declared))
                {
                    new TcpListener({|PORT001:declared|}).Start();
                }
            }
        }
        """);

    [Fact]
    public Task EndpointsWithoutAKnownPort_DoNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(string configured)
            {
                new TcpListener(IPEndPoint.Parse("10.0.0.1")).Start();
                new TcpListener(IPEndPoint.Parse("::1")).Start();
                new TcpListener(IPEndPoint.Parse("0.0.0.0:0")).Start();
                new TcpListener(IPEndPoint.Parse(configured)).Start();
                new TcpListener(IPEndPoint.Parse("127.0.0.1:5000")).Start();
                new TcpListener(IPEndPoint.Parse("localhost:50000")).Start();
                new TcpListener(IPEndPoint.Parse("0.0.0.0:port")).Start();
                new TcpListener(IPEndPoint.Parse("[::1:50000")).Start();

                IPEndPoint.TryParse("0.0.0.0:80", out var twice);
                IPEndPoint.TryParse("0.0.0.0:81", out twice);
                new TcpListener(twice!).Start();
            }
        }
        """);

    [Fact]
    public Task SameNamedUserType_DoesNotReport() => VerifyAsync("""
        using System.Net.Sockets;

        static class IPEndPoint
        {
            public static System.Net.IPEndPoint Parse(string text) => new(System.Net.IPAddress.Loopback, 5000);
        }

        class C
        {
            void M() => new TcpListener(IPEndPoint.Parse("0.0.0.0:80")).Start();
        }
        """);
}
