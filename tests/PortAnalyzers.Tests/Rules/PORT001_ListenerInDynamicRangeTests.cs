using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT001_ListenerInDynamicRangeTests
{
    [Fact]
    public Task TcpListenerOnDynamicPort_Reports() => Verify<PortUsageAnalyzer>.AnalyzerAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|}).Start();
        }
        """);
}
