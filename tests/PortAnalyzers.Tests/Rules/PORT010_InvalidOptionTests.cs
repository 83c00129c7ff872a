using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT010_InvalidOptionTests
{
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
    [InlineData("port_analyzers.allowed_ports = 50051,")]
    public Task InvalidValue_ReportsOnceAndUsesDefault(string option) => new AnalyzerTest<PortUsageAnalyzer>
    {
        TestCode = option.Contains("50051,") ? Listener.Replace("{|PORT010:|}", string.Empty) : Listener,
        EditorConfig = option,
    }.RunAsync();

    [Fact]
    public Task BothOptionsInvalid_ReportsEach() => new AnalyzerTest<PortUsageAnalyzer>
    {
        TestCode = "{|PORT010:{|PORT010:|}|}class C { }",
        EditorConfig = "port_analyzers.dynamic_port_range = nope\nport_analyzers.allowed_ports = x-y",
    }.RunAsync();

    [Fact]
    public Task InvalidMsBuildProperty_Reports() => new AnalyzerTest<PortUsageAnalyzer>
    {
        TestCode = "{|PORT010:|}class C { }",
        GlobalConfig = "build_property.PortAnalyzersDynamicPortRange = sometimes",
    }.RunAsync();

    [Fact]
    public Task ValidValues_DoNotReport() => new AnalyzerTest<PortUsageAnalyzer>
    {
        TestCode = "class C { }",
        EditorConfig = "port_analyzers.dynamic_port_range = LINUX\nport_analyzers.allowed_ports = 50051 ; 60100-60110",
    }.RunAsync();

    [Fact]
    public Task GeneratedFile_DoesNotReport() => new AnalyzerTest<PortUsageAnalyzer>
    {
        TestCode = "{|PORT010:|}class C { }",
        Sources = { ("Other.g.cs", "class D { }") },
        EditorConfig = "[*.cs]\nport_analyzers.dynamic_port_range = nope",
    }.RunAsync();

    [Fact]
    public async Task Message_NamesKeyAndValue()
    {
        var diagnostics = await new AnalyzerTest<PortUsageAnalyzer>
        {
            TestCode = "class C { }",
            EditorConfig = "port_analyzers.dynamic_port_range = windowz",
        }.GetDiagnosticsAsync();

        var message = Assert.Single(diagnostics).GetMessage();
        Assert.Contains("port_analyzers.dynamic_port_range", message);
        Assert.Contains("windowz", message);
    }
}
