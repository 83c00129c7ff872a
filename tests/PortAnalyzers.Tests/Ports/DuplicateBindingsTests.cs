using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Ports;

public class DuplicateBindingsTests
{
    private static Binding B(string host, long port) => new(host, Hosts.Classify(host), port);

    [Fact]
    public void LoopbackNamesOverlap() => Assert.Equal(new[] { (1, 0), (2, 0) }, DuplicateBindings.Find(new[] { B("localhost", 5031), B("127.0.0.1", 5031), B("[::1]", 5031) }));

    [Fact]
    public void AllInterfacesOverlapsEverything() => Assert.Equal(new[] { (1, 0) }, DuplicateBindings.Find(new[] { B("localhost", 5031), B("*", 5031) }));

    [Fact]
    public void DifferentPortsOrHosts_DoNotOverlap()
    {
        Assert.Empty(DuplicateBindings.Find(new[] { B("localhost", 5000), B("localhost", 5001) }));
        Assert.Empty(DuplicateBindings.Find(new[] { B("10.0.0.1", 5000), B("10.0.0.2", 5000) }));
        Assert.Empty(DuplicateBindings.Find(new[] { B("localhost", 5000), B("10.0.0.2", 5000) }));
    }

    [Fact]
    public void PortZeroAndUnknownHosts_NeverOverlap()
    {
        Assert.Empty(DuplicateBindings.Find(new[] { B("127.0.0.1", 0), B("127.0.0.1", 0) }));
        Assert.Empty(DuplicateBindings.Find(new[] { B("\uFFFF", 5000), B("*", 5000) }));
    }
}
