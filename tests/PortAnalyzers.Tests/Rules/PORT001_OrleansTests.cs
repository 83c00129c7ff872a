using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>Orleans silo and gateway ports are listeners, a client's gateway ports targets (PORT001, PORT003-PORT005, PORT009).</summary>
public class PORT001_OrleansTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, LibraryReferences.Orleans);

    [Fact]
    public Task SiloPorts_Report() => VerifyAsync("""
        using System.Net;
        using Orleans.Hosting;

        class Silo
        {
            private const int GatewayPort = 50001;

            void M(ISiloBuilder a, ISiloBuilder b, ISiloBuilder c, ISiloBuilder d, ISiloBuilder e)
            {
                a.ConfigureEndpoints(siloPort: {|PORT001:50000|}, gatewayPort: {|PORT001:GatewayPort|});
                b.ConfigureEndpoints(IPAddress.Loopback, 11111, {|PORT004:70000|});
                c.ConfigureEndpoints("silo1.example.test", {|PORT003:443|}, 30000, listenOnAnyHostAddress: true);
                d.UseLocalhostClustering(siloPort: {|PORT001:50002|}, gatewayPort: 30000);
                e.ConfigureEndpoints({|PORT003:80|}, 30001, listenOnAnyHostAddress: true);
            }
        }
        """);

    [Fact]
    public Task SameSiloAndGatewayPort_ReportsTheGateway() => VerifyAsync("""
        using Orleans.Hosting;

        class Silo
        {
            void M(ISiloBuilder a, ISiloBuilder b)
            {
                a.ConfigureEndpoints(11111, {|PORT009:11111|});
                b.UseLocalhostClustering(22222, {|PORT009:22222|});
            }
        }
        """);

    [Fact]
    public Task EndpointOptions_Report() => VerifyAsync("""
        using System.Net;
        using Microsoft.Extensions.DependencyInjection;
        using Orleans.Configuration;

        class Silo
        {
            void M(IServiceCollection services) => services.Configure<EndpointOptions>(options =>
            {
                options.SiloPort = {|PORT001:50010|};
                options.GatewayPort = {|PORT003:80|};
                options.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, {|PORT001:50011|});
                options.GatewayListeningEndpoint = new IPEndPoint(IPAddress.Loopback, 30000);
            });
        }
        """);

    [Fact]
    public Task ClientGatewayPorts_Report() => VerifyAsync("""
        using Orleans.Hosting;

        class Client
        {
            void M(IClientBuilder a, IClientBuilder b)
            {
                a.UseLocalhostClustering({|PORT005:50020|});
                b.UseLocalhostClustering(new[] { 30000, {|PORT005:50021|} });
            }
        }
        """);

    [Fact]
    public Task DefaultsLoopbackAndDisabledGateway_DoNotReport() => VerifyAsync("""
        using System.Net;
        using Orleans.Hosting;

        class Silo
        {
            void M(ISiloBuilder a, ISiloBuilder b, ISiloBuilder c, ISiloBuilder d, IClientBuilder client, bool any)
            {
                a.ConfigureEndpoints(11111, 30000);
                b.UseLocalhostClustering();
                c.ConfigureEndpoints(IPAddress.Loopback, 443, 0);
                d.ConfigureEndpoints(80, 30000, listenOnAnyHostAddress: any);
                client.UseLocalhostClustering();
            }
        }
        """);
}
