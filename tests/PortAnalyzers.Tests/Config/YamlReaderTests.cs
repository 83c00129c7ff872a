using System.Linq;
using System.Threading;
using PortAnalyzers.Config.Yaml;

namespace PortAnalyzers.Tests.Config;

public class YamlReaderTests
{
    [Fact]
    public void BlockMappingsAndSequences_KeepValuesAndPlaces()
    {
        const string text = "services:\n  web:\n    ports:\n      - \"5000:80\"\n      - 8080\n    image: 'a''b'\n";
        var root = Read(text);

        var web = root.Get("services")!.Get("web")!;
        var ports = web.Get("ports")!;
        Assert.Equal(YamlKind.Sequence, ports.Kind);
        Assert.Equal(new[] { "5000:80", "8080" }, ports.Items.Select(i => i.Scalar));
        var quoted = ports.Items[0].Text;
        Assert.True(quoted.Exact);
        Assert.Equal(text.IndexOf("5000", System.StringComparison.Ordinal), quoted.SpanOf(0, 4).Start);
        var image = web.Get("image")!;
        Assert.Equal("a'b", image.Scalar);
        Assert.False(image.Text.Exact);
    }

    [Fact]
    public void SequenceAtTheIndentationOfItsKey_IsTheKeysValue()
    {
        var root = Read("ports:\n- 80\n- 81\nimage: x\n");

        Assert.Equal(new[] { "80", "81" }, root.Get("ports")!.Items.Select(i => i.Scalar));
        Assert.Equal("x", root.Get("image")!.Scalar);
    }

    [Fact]
    public void CompactMappingsInSequences_AndFlowCollections()
    {
        var root = Read("ports:\n  - target: 80\n    published: \"8080\"\n  - {target: 81, published: 8081}\nexpose: [ 1, \"2\" , 3 ]\n");

        var ports = root.Get("ports")!.Items;
        Assert.Equal("80", ports[0].Get("target")!.Scalar);
        Assert.Equal("8080", ports[0].Get("published")!.Scalar);
        Assert.Equal("8081", ports[1].Get("published")!.Scalar);
        Assert.Equal(new[] { "1", "2", "3" }, root.Get("expose")!.Items.Select(i => i.Scalar));
    }

    [Fact]
    public void NullsCommentsAndBlockScalars()
    {
        var root = Read("# head\na: ~\nb:\nc: |\n  line one\n  line two\nd: >-\n  folded\n  text\ne: plain # comment\n");

        Assert.True(root.Get("a")!.IsNull);
        Assert.True(root.Get("b")!.IsNull);
        Assert.Equal("line one\nline two\n", root.Get("c")!.Scalar);
        Assert.Equal("folded text", root.Get("d")!.Scalar);
        Assert.Equal("plain", root.Get("e")!.Scalar);
    }

    [Fact]
    public void MergeKeys_OwnKeysWin()
    {
        var root = Read("base: &base\n  a: 1\n  b: 2\nother: &other {c: 3}\nitem:\n  <<: [*base, *other]\n  b: 20\n");

        var item = root.Get("item")!;
        Assert.Equal("1", item.Get("a")!.Scalar);
        Assert.Equal("20", item.Get("b")!.Scalar);
        Assert.Equal("3", item.Get("c")!.Scalar);
        Assert.Equal(new[] { "b", "a", "c" }, item.Pairs().Select(p => p.Key.Scalar));
    }

    [Fact]
    public void DoubleQuotedEscapes_AreDecoded()
    {
        Assert.Equal("a\tb\u00e9\"", Read("k: \"a\\tb\\u00e9\\\"\"\n").Get("k")!.Scalar);
    }

    [Theory]
    [InlineData("# head\n#\n# Usage:\n#   docker compose up -d\n\nservices:\n  web:\n    ports:\n      - \"8761:8761\"\n")]
    [InlineData("services:\n# the web app\n  web:\n    ports:\n#     - \"9000:9000\"\n      - \"8761:8761\"\n# end\n")]
    [InlineData("\uFEFF# head\r\n#\r\nservices:\r\n  web:\r\n    ports:\r\n    #\r\n      - \"8761:8761\"\r\n")]
    public void CommentLinesAtAnyColumn_AreSkipped(string text)
    {
        var ports = Read(text).Get("services")!.Get("web")!.Get("ports")!;

        Assert.Equal(new[] { "8761:8761" }, ports.Items.Select(i => i.Scalar));
    }

    [Fact]
    public void HashInsideAWord_IsText()
    {
        Assert.Equal("a#b", Read("k: a#b\n").Get("k")!.Scalar);
    }

    [Fact]
    public void EmptyAndCommentOnlyDocuments_HaveNoRoot()
    {
        Assert.Null(YamlReader.Read(string.Empty, CancellationToken.None).Root);
        Assert.Null(YamlReader.Read("# nothing\n---\n", CancellationToken.None).Root);
    }

    [Theory]
    [InlineData("a: b: c\n", "a mapping value is not allowed here")]
    [InlineData("a: [1, 2\n", "is not closed")]
    [InlineData("a: [&x", "is not closed")]
    [InlineData("a: [!tag", "is not closed")]
    [InlineData("a: {k: &x", "is not closed")]
    [InlineData("a: 1\n- 2\n", "a sequence item where a mapping key is expected")]
    [InlineData("a:\n  - 1\n  b: 2\n", "bad indentation")]
    [InlineData("? complex\n: value\n", "complex mapping keys")]
    [InlineData("a: 1\n b: 2\n", "bad indentation")]
    [InlineData("a: \"\\q\"\n", "invalid escape")]
    [InlineData("a: 1\nb\n", "':' expected")]
    [InlineData("a: 'x' y\n", "unexpected text after the value")]
    public void Malformed_ReportsWhy(string text, string message)
    {
        var (root, error) = YamlReader.Read(text, CancellationToken.None);

        Assert.Null(root);
        Assert.Contains(message, error!.Value.Message, System.StringComparison.Ordinal);
        Assert.InRange(error.Value.Offset, 0, text.Length);
    }

    [Fact]
    public void DeepNesting_IsAnErrorNotAStackOverflow()
    {
        var (_, error) = YamlReader.Read("a: " + new string('[', 10_000), CancellationToken.None);

        Assert.Contains("nested more than", error!.Value.Message, System.StringComparison.Ordinal);
    }

    private static YamlNode Read(string text)
    {
        var (root, error) = YamlReader.Read(text, CancellationToken.None);
        Assert.Null(error);
        return root!;
    }
}
