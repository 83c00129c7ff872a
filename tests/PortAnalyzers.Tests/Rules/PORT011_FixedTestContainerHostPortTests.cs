using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT011_FixedTestContainerHostPortTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, LibraryReferences.Testcontainers);

    private static Task VerifyFixAsync(string source, string fixedSource)
    {
        var test = new CSharpCodeFixVerifier<PortUsageAnalyzer, UseRandomHostPortCodeFix>.Test { TestCode = source, FixedCode = fixedSource };
        test.TestState.AdditionalReferences.AddRange(LibraryReferences.Testcontainers);
        return test.RunAsync();
    }

    [Fact]
    public Task FixedHostPorts_Report() => VerifyAsync("""
        using DotNet.Testcontainers.Builders;
        using Testcontainers.PostgreSql;

        class C
        {
            private const int HostPort = 15432;

            void M()
            {
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6379|}, 6379);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6380|});
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6381|}, false);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6382|}, assignRandomHostPort: false);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:"6383"|});
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:"6384"|}, "6379");
                new ContainerBuilder().WithImage("dns").WithPortBinding({|PORT011:"5353/udp"|}, "53/udp");
                new PostgreSqlBuilder().WithPortBinding({|PORT011:HostPort|}, 5432);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT004:70000|}, 6379);
            }
        }
        """);

    [Fact]
    public Task BindingThroughTheBuilderInterface_Reports() => VerifyAsync("""
        using DotNet.Testcontainers.Builders;
        using DotNet.Testcontainers.Configurations;
        using DotNet.Testcontainers.Containers;

        class C
        {
            ContainerBuilder M(IContainerBuilder<ContainerBuilder, IContainer, IContainerConfiguration> builder)
                => builder.WithPortBinding({|PORT011:8080|}, 80);
        }
        """);

    [Fact]
    public Task RandomHostPortsAndUnknownValues_DoNotReport() => VerifyAsync("""
        using DotNet.Testcontainers.Builders;
        using Testcontainers.PostgreSql;

        class C
        {
            void M(int configured, bool random)
            {
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(6379, true);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(6379, assignRandomHostPort: true);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding("6379", true);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(0, 6379);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(configured, 6379);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(6379, random);
                new PostgreSqlBuilder().WithPortBinding(5432, true);
            }
        }
        """);

    [Fact]
    public Task SameNamedUserType_DoesNotReport() => VerifyAsync("""
        class ContainerBuilder
        {
            public ContainerBuilder WithPortBinding(int hostPort, int containerPort) => this;
        }

        class C
        {
            void M() => new ContainerBuilder().WithPortBinding(5432, 5432);
        }
        """);

    [Fact]
    public Task Message_NamesTheHostPort() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using DotNet.Testcontainers.Builders;

        class C
        {
            void M() => new ContainerBuilder().WithImage("postgres:16").WithPortBinding({|#0:5432|}, 5432);
        }
        """,
        LibraryReferences.Testcontainers,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT011").WithLocation(0).WithArguments(5432));

    [Fact]
    public Task FixedHostPort_FixBindsARandomHostPortKeepingTheContainerPort() => VerifyFixAsync("""
        using DotNet.Testcontainers.Builders;
        using Testcontainers.PostgreSql;

        class C
        {
            void M()
            {
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6379|}, 6379);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6380|});
                new ContainerBuilder().WithImage("redis:7").WithPortBinding({|PORT011:6381|}, false);
                new ContainerBuilder().WithImage("dns").WithPortBinding({|PORT011:"5353/udp"|}, "53/udp");
                new PostgreSqlBuilder()
                    .WithPortBinding( {|PORT011:15432|} , /* container */ 5432 )
                    .Build();
            }
        }
        """, """
        using DotNet.Testcontainers.Builders;
        using Testcontainers.PostgreSql;

        class C
        {
            void M()
            {
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(6379, true);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(6380, true);
                new ContainerBuilder().WithImage("redis:7").WithPortBinding(6381, true);
                new ContainerBuilder().WithImage("dns").WithPortBinding("53/udp", true);
                new PostgreSqlBuilder()
                    .WithPortBinding(5432, true)
                    .Build();
            }
        }
        """);
}
