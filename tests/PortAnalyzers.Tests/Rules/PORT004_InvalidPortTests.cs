using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT004_InvalidPortTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source);

    [Fact]
    public Task PortAboveRange_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, {|PORT004:65536|});
                var b = new TcpListener(IPAddress.Loopback, {|PORT004:70000|});
                var c = TcpListener.Create({|PORT004:-1|});
                var d = new UdpClient({|PORT004:int.MaxValue|});
            }
        }
        """);

    [Fact]
    public Task PortAboveRangeThroughConstant_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Base = 65000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT004:Base + 1000|});
        }
        """);

    [Fact]
    public Task InvalidPortInUrl_Reports() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app)
            {
                app.Urls.Add({|PORT004:"http://localhost:70000"|});
                app.Urls.Add({|PORT004:"http://localhost:99999999999999"|});
            }
        }
        """);

    [Fact]
    public Task InvalidSourcePort_ReportsOnlyPort004() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpClient M() => new TcpClient(new IPEndPoint(IPAddress.Any, {|PORT004:100000|}));
        }
        """);

    [Fact]
    public Task BoundaryPorts_AreValid() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, 0);
                var b = new TcpListener(IPAddress.Loopback, {|PORT001:65535|});
            }
        }
        """);

    [Fact]
    public Task NotAPort_DoesNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app)
            {
                app.Urls.Add("http://localhost:abc");
                app.Urls.Add("unix:/tmp/app.sock");
                app.Urls.Add("not a url");
            }
        }
        """);
}
