using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT010_InvalidOptionTests
{
    /// <summary>PORT010 stands at offset 0, before the '#pragma warning disable' the library's suppression check inserts.</summary>
    private const TestBehaviors SuppressionCheckCannotReachOffsetZero = TestBehaviors.SkipSuppressionCheck;

    private const string Listener = """
        {|PORT010:|}using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
        }
        """;

    [Theory]
    [InlineData("port_analyzers.dynamic_port_range = windowz")]
    [InlineData("port_analyzers.dynamic_port_range = 5000-1000")]
    [InlineData("port_analyzers.dynamic_port_range = 1-70000")]
    [InlineData("port_analyzers.allowed_ports = fifty")]
    [InlineData("port_analyzers.dynamic_port_range = 32768 60999")]
    public Task InvalidValue_ReportsOnceAndUsesDefault(string option) => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = Listener,
        TestBehaviors = SuppressionCheckCannotReachOffsetZero,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.EditorConfig(option) },
        },
    }.RunAsync();

    [Fact]
    public Task TrailingSeparator_IsValid() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
        }
        """,
        "port_analyzers.allowed_ports = 50051,");

    [Fact]
    public Task BothOptionsInvalid_ReportsEach() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = "{|PORT010:{|PORT010:|}|}class C { }",
        TestBehaviors = SuppressionCheckCannotReachOffsetZero,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.EditorConfig("port_analyzers.dynamic_port_range = nope\nport_analyzers.allowed_ports = x-y") },
        },
    }.RunAsync();

    [Fact]
    public Task InvalidMsBuildProperty_Reports() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = "{|PORT010:|}class C { }",
        TestBehaviors = SuppressionCheckCannotReachOffsetZero,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.GlobalConfig("build_property.PortAnalyzersDynamicPortRange = sometimes") },
        },
    }.RunAsync();

    [Fact]
    public Task ValidValues_DoNotReport() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = "class C { }",
        TestBehaviors = SuppressionCheckCannotReachOffsetZero,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.EditorConfig("port_analyzers.dynamic_port_range = LINUX\nport_analyzers.allowed_ports = 50051 ; 60100-60110") },
        },
    }.RunAsync();

    [Fact]
    public Task GeneratedFile_DoesNotReport() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = "{|PORT010:|}class C { }",
        TestBehaviors = SuppressionCheckCannotReachOffsetZero,
        TestState =
        {
            Sources = { ("/0/Other.g.cs", "class D { }") },
            AnalyzerConfigFiles = { ConfigFiles.EditorConfig("[*.cs]\nport_analyzers.dynamic_port_range = nope") },
        },
    }.RunAsync();

    [Fact]
    public Task Message_NamesKeyAndValue() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = "{|#0:|}class C { }",
        TestBehaviors = SuppressionCheckCannotReachOffsetZero,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.EditorConfig("port_analyzers.dynamic_port_range = windowz") },
        },
        ExpectedDiagnostics =
        {
            CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT010").WithLocation(0)
                .WithArguments("port_analyzers.dynamic_port_range", "windowz", "expected iana, windows, linux or ranges such as 49152-65535"),
        },
    }.RunAsync();
}
