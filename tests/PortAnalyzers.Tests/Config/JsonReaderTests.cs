using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using PortAnalyzers.Config;

namespace PortAnalyzers.Tests.Config;

public class JsonReaderTests
{
    [Fact]
    public void Object_ReadsPropertiesWithPositions()
    {
        var text = "{ \"urls\": \"http://*:5000\", \"n\": 42, \"t\": true, \"z\": null, \"a\": [1, {}] }";
        var root = Read(text);

        Assert.Equal(JsonKind.Object, root.Kind);
        Assert.Equal(new[] { "urls", "n", "t", "z", "a" }, root.Properties.Select(p => p.Name));
        var urls = root.Named("URLS").Single();
        Assert.Equal("http://*:5000", urls.Text);
        Assert.Equal(text.IndexOf("\"http", StringComparison.Ordinal), urls.Start);
        Assert.Equal(text.IndexOf("5000", StringComparison.Ordinal), urls.Scalar!.Value.SpanOf(9, 4).Start);
        var number = root.Named("n").Single();
        Assert.Equal((text.IndexOf("42", StringComparison.Ordinal), 2), number.Scalar!.Value.SpanOf(0, 2));
        Assert.Equal("true", root.Named("t").Single().ScalarText);
        Assert.Null(root.Named("z").Single().ScalarText);
        Assert.Equal(2, root.Named("a").Single().Items.Count);
        Assert.Equal(text.Length, root.Length);
    }

    [Fact]
    public void CommentsTrailingCommasAndBom_AreAccepted()
    {
        var root = Read("\uFEFF// leading\n{ /* a */ \"a\": [1, 2,], // b\n \"b\": { \"c\": \"d\", }, }\n/* end */");

        Assert.Equal(new[] { "a", "b" }, root.Properties.Select(p => p.Name));
        Assert.Equal(2, root.Named("a").Single().Items.Count);
    }

    [Fact]
    public void Escapes_AreDecodedAndSpanFallsBackToTheToken()
    {
        var text = "{\"u\": \"http:\\/\\/*:\\u0035000\"}";
        var value = Read(text).Named("u").Single();

        Assert.Equal("http://*:5000", value.Text);
        Assert.True(value.HasEscapes);
        Assert.Equal((value.Start, value.Length), value.Scalar!.Value.SpanOf(9, 4));
        Assert.Equal(text.Length - 1 - value.Start, value.Length);
    }

    [Fact]
    public void DuplicateNames_AreAllFound()
    {
        var root = Read("{\"Kestrel\": {\"a\": 1}, \"kestrel\": {\"b\": 2}}");

        Assert.Equal(2, root.Named("KESTREL").Count());
    }

    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("\uFEFF", 1, "empty")]
    [InlineData("  // only a comment\n", 20, "empty")]
    [InlineData("[1]", 0, "array")]
    [InlineData("42", 0, "not an object")]
    [InlineData("{\"a\": 1,, }", 8, "property name")]
    [InlineData("{,}", 1, "property name")]
    [InlineData("{\"a\": [,]}", 7, "cannot start a value")]
    [InlineData("{\"a\" 1}", 5, "':'")]
    [InlineData("{\"a\": 1 \"b\": 2}", 8, "','")]
    [InlineData("{\"a\": 'x'}", 6, "double quotes")]
    [InlineData("{\"a\": \"x}", 6, "never closed")]
    [InlineData("{\"a\": \"x\n\"}", 6, "not closed on its line")]
    [InlineData("{\"a\": \"\\q\"}", 7, "not a JSON escape")]
    [InlineData("{\"a\": \"\\u12\"}", 7, "four hexadecimal")]
    [InlineData("{\"a\": 1", 7, "'}' is missing")]
    [InlineData("{\"a\": [1", 8, "']' is missing")]
    [InlineData("{\"a\": ", 6, "ends where a value")]
    [InlineData("{\"a\": 01}", 7, "','")]
    [InlineData("{\"a\": -}", 6, "digits")]
    [InlineData("{\"a\": 1.}", 6, "decimal point")]
    [InlineData("{\"a\": 1e}", 6, "exponent")]
    [InlineData("{\"a\": tru}", 6, "cannot start a value")]
    [InlineData("{} {}", 3, "follows the end")]
    [InlineData("{ /* open", 2, "comment is never closed")]
    public void MalformedText_ReportsWhereAndWhat(string text, int offset, string message)
    {
        var (root, error) = JsonReader.Read(text);

        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Equal(offset, error!.Value.Offset);
        Assert.Contains(message, error.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SixtyFourLevels_AreRead()
    {
        var text = "{\"a\":" + new string('[', 63) + new string(']', 63) + "}";

        Assert.Equal(JsonKind.Object, Read(text).Kind);
    }

    [Fact]
    public void SixtyFiveLevels_ReportTheBracketPastTheLimit()
    {
        var text = "{\"a\":" + new string('[', 64) + new string(']', 64) + "}";
        var (_, error) = JsonReader.Read(text);

        Assert.Equal(5 + 63, error!.Value.Offset);
        Assert.Contains("64 levels", error.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HundredThousandLevels_ReportWithoutRecursion()
    {
        var text = "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}";
        var (root, error) = JsonReader.Read(text);

        Assert.Null(root);
        Assert.Contains("64 levels", error!.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TenMegabytes_ReadInLinearTime()
    {
        var builder = new StringBuilder("{\"items\": [");
        while (builder.Length < 10_000_000)
        {
            builder.Append("{\"name\": \"item\\n\", \"port\": 5000, \"on\": true, /* c */ \"list\": [1.5e3, null]},\n");
        }

        builder.Append("]}");
        var text = builder.ToString();
        var stopwatch = Stopwatch.StartNew();
        var (root, error) = JsonReader.Read(text);

        Assert.Null(error);
        Assert.True(root!.Named("items").Single().Items.Count > 100_000);
        // About a second alone; a quadratic reader would take hours, so a generous limit stays reliable on busy machines.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), "took " + stopwatch.Elapsed);
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.Throws<OperationCanceledException>(() => JsonReader.Read("{\"a\": 1}", source.Token));
    }

    [Fact]
    public void ReplacementCharactersFromNonUtf8Text_AreReadAsText()
    {
        var root = Read("{\"a\": \"caf\uFFFD\"}");

        Assert.Equal("caf\uFFFD", root.Named("a").Single().Text);
    }

    [Fact]
    public void OneReader_ReadsDocumentsInTurn_AfterAFailedRead()
    {
        var reader = new JsonReader();
        var (broken, error) = reader.ReadDocument("{\"open\": {\"inner\": [1, {\"x\": 2");
        var (root, none) = reader.ReadDocument("{ \"a\": [1, {\"b\": 2}], \"c\": {} }");

        Assert.Null(broken);
        Assert.Equal("the file ends inside an object; '}' is missing", error!.Value.Message);
        Assert.Null(none);
        Assert.Equal(new[] { "a", "c" }, root!.Properties.Select(p => p.Name));
        Assert.Equal(2, root.Named("a").Single().Items.Count);
        Assert.Equal("b", root.Named("a").Single().Items[1].Properties.Single().Name);
        Assert.Empty(root.Named("c").Single().Properties);
    }

    [Fact]
    public void NamesReadAgain_AreOneString_AndEscapedNamesAreDecoded()
    {
        var reader = new JsonReader();
        var first = reader.ReadDocument("{\"Logging\": {\"LogLevel\": 1}}").Root!;
        var second = reader.ReadDocument("{\"LogLevel\": 2, \"Log\\u004cevel\": 3, \"Logging\": 4}").Root!;

        var logLevel = first.Properties[0].Value.Properties[0].Name;
        Assert.Same(logLevel, second.Properties[0].Name);
        Assert.Equal("LogLevel", second.Properties[1].Name);
        Assert.Same(first.Properties[0].Name, second.Properties[2].Name);
    }

    [Fact]
    public void ManyNames_AreEachReadAsWritten()
    {
        // More names than the table keeps (and than its first size), with colliding prefixes and lengths.
        var names = Enumerable.Range(0, 3000).Select(i => "key" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var text = "{" + string.Join(",", names.Select(n => "\"" + n + "\": 1")) + "}";
        var reader = new JsonReader();

        var once = reader.ReadDocument(text).Root!;
        var again = reader.ReadDocument(text).Root!;

        Assert.Equal(names, once.Properties.Select(p => p.Name));
        Assert.Equal(names, again.Properties.Select(p => p.Name));
        Assert.Same(once.Properties[5].Name, again.Properties[5].Name);
        Assert.NotSame(once.Properties[2000].Name, again.Properties[2000].Name);
    }

    [Fact]
    public void LongNames_AreReadButNotKept()
    {
        var name = new string('k', 65);
        var text = "{\"" + name + "\": 1}";
        var reader = new JsonReader();

        var once = reader.ReadDocument(text).Root!.Properties[0].Name;
        var again = reader.ReadDocument(text).Root!.Properties[0].Name;

        Assert.Equal(name, again);
        Assert.NotSame(once, again);
    }

    private static JsonValue Read(string text)
    {
        var (root, error) = JsonReader.Read(text);
        Assert.True(error is null, error?.Message);
        return root!;
    }
}
