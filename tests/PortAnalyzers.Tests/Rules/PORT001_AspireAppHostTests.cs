using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>Ports an Aspire AppHost fixes on the developer's machine: PORT001, PORT004, PORT008 and PORT009.</summary>
public class PORT001_AspireAppHostTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, LibraryReferences.Aspire);

    [Fact]
    public Task HostPortsInTheDynamicRange_Report() => VerifyAsync("""
        using Aspire.Hosting;

        class AppHost
        {
            private const int CachePort = 50002;

            void M(IDistributedApplicationBuilder builder)
            {
                builder.AddContainer("api", "image").WithHttpEndpoint(port: {|PORT001:50000|}, targetPort: 8080);
                builder.AddContainer("grpc", "image").WithEndpoint(port: {|PORT001:50001|}, targetPort: 50051, scheme: "http");
                builder.AddRedis("cache", port: {|PORT001:CachePort|});
                builder.AddPostgres("db", port: {|PORT001:55432|}).WithPgAdmin(admin => admin.WithHostPort({|PORT001:50080|}));
                builder.AddRabbitMQ("bus", port: {|PORT001:55672|}).WithManagementPlugin(port: {|PORT001:55673|});
                builder.AddContainer("web", "image").WithHttpsEndpoint(port: {|PORT004:70000|});
                builder.AddContainer("irc", "image").WithHttpEndpoint(port: {|PORT008:6667|});
                builder.AddContainer("cb", "image").WithEndpoint("http", e => e.Port = {|PORT001:50003|});
            }
        }
        """);

    [Fact]
    public Task TargetPortOfAProjectOrExecutable_Reports_OfAContainer_DoesNot() => VerifyAsync("""
        using Aspire.Hosting;

        class AppHost
        {
            void M(IDistributedApplicationBuilder builder)
            {
                builder.AddExecutable("worker", "worker", ".", new[] { "--urls" }).WithHttpEndpoint(targetPort: {|PORT001:50010|});
                builder.AddContainer("container", "image").WithHttpEndpoint(targetPort: 50011);
            }
        }
        """);

    [Fact]
    public Task SameHostPortTwice_ReportsTheSecond() => VerifyAsync("""
        using Aspire.Hosting;

        class AppHost
        {
            void M(IDistributedApplicationBuilder builder)
            {
                builder.AddContainer("a", "image").WithHttpEndpoint(port: 5100);
                builder.AddContainer("b", "image").WithHttpEndpoint(port: {|PORT009:5100|});
                builder.AddRedis("cache", port: 6380);
                builder.AddExecutable("worker", "worker", ".", new[] { "--urls" }).WithHttpEndpoint(targetPort: {|PORT009:6380|});
            }
        }
        """);

    [Fact]
    public Task ProxylessEndpointOfAnExecutable_IsOneListener() => VerifyAsync("""
        using Aspire.Hosting;

        class AppHost
        {
            private const bool Proxied = false;

            void M(IDistributedApplicationBuilder builder, bool proxied)
            {
                builder.AddExecutable("a", "a", ".", new[] { "--urls" }).WithEndpoint(port: 5300, targetPort: 5300, isProxied: false);
                builder.AddExecutable("b", "b", ".", new[] { "--urls" }).WithHttpEndpoint(port: 51000, targetPort: {|PORT001:51000|}, isProxied: false);
                builder.AddExecutable("c", "c", ".", new[] { "--urls" }).WithHttpEndpoint(port: {|PORT001:51001|}, isProxied: Proxied);
                builder.AddExecutable("d", "d", ".", new[] { "--urls" }).WithHttpsEndpoint(port: {|PORT001:51002|}, targetPort: null, isProxied: false);
                builder.AddExecutable("e", "e", ".", new[] { "--urls" }).WithHttpEndpoint(targetPort: {|PORT001:51003|}, isProxied: false);
                builder.AddExecutable("f", "f", ".", new[] { "--urls" }).WithEndpoint(port: 5310, targetPort: {|PORT009:5310|}, isProxied: proxied);
            }
        }
        """);

    [Fact]
    public Task PortAndTargetPortTheSameBehindAProxy_Reports() => VerifyAsync("""
        using Aspire.Hosting;

        class AppHost
        {
            void M(IDistributedApplicationBuilder builder)
            {
                // Aspire's proxy and the process would both listen on 5320 (it refuses to start).
                builder.AddExecutable("a", "a", ".", new[] { "--urls" }).WithEndpoint(port: 5320, targetPort: {|PORT009:5320|}, isProxied: true);
                builder.AddExecutable("b", "b", ".", new[] { "--urls" }).WithHttpEndpoint(port: 5330, targetPort: {|PORT009:5330|});
            }
        }
        """);

    [Fact]
    public Task AssignedAndRegisteredPorts_DoNotReport() => VerifyAsync("""
        using Aspire.Hosting;

        class AppHost
        {
            void M(IDistributedApplicationBuilder builder, int configured)
            {
                builder.AddContainer("api", "image").WithHttpEndpoint(targetPort: 8080);
                builder.AddContainer("web", "image").WithHttpEndpoint(port: 5000, targetPort: 80);
                builder.AddContainer("any", "image").WithHttpEndpoint(port: null, targetPort: 50051);
                builder.AddRedis("cache");
                builder.AddRedis("cache2", port: configured);
                builder.AddPostgres("db").WithHostPort(null);
            }
        }
        """);

    [Fact]
    public Task SameNamedUserMethods_DoNotReport() => VerifyAsync("""
        namespace MyHosting
        {
            static class Extensions
            {
                public static object AddRedis(this object builder, string name, int? port) => builder;
                public static object WithHttpEndpoint(this object builder, int? port = null) => builder;
                public static object WithHostPort(this object builder, int? port) => builder;
            }

            class AppHost
            {
                void M(object builder) => builder.AddRedis("cache", port: 50000).WithHttpEndpoint(port: 50001).WithHostPort(50002);
            }
        }
        """);
}
