using System.Linq;
using System.Threading;
using PortAnalyzers.Config;

namespace PortAnalyzers.Tests.Config;

public class JsonDocumentsTests
{
    private const string AppSettings = """
        {
          "Kestrel:Endpoints:Http:Url": "http://*:5000",
          "urls": "http://*:5001",
          "URLS": "http://*:5002"
        }
        """;

    [Fact]
    public void SameTextAndKind_IsReadOnce()
    {
        var documents = new JsonDocuments();

        var first = documents.Of(AppSettings, ConfigFileKind.AppSettings, CancellationToken.None);

        Assert.Same(first, documents.Of(AppSettings, ConfigFileKind.AppSettings, CancellationToken.None));
        Assert.NotSame(first, new JsonDocuments().Of(AppSettings, ConfigFileKind.AppSettings, CancellationToken.None));
    }

    [Fact]
    public void AppSettings_AreNested_WithTheirDuplicateKey()
    {
        var document = new JsonDocuments().Of(AppSettings, ConfigFileKind.AppSettings, CancellationToken.None);

        var url = document.Root!.Named("kestrel").Single().Named("endpoints").Single().Named("http").Single().Named("url").Single();
        Assert.Equal("http://*:5000", url.ScalarText);
        Assert.Equal(AppSettings.IndexOf("\"http://*:5002\"", System.StringComparison.Ordinal), document.DuplicateKey!.Value.Offset);
        Assert.Null(document.Error);
    }

    [Fact]
    public void LaunchSettings_KeepTheirKeysAsWritten()
    {
        var documents = new JsonDocuments();
        documents.Of(AppSettings, ConfigFileKind.AppSettings, CancellationToken.None);

        // The same text asked as another kind is read for that kind, not given the other kind's document.
        var document = documents.Of(AppSettings, ConfigFileKind.LaunchSettings, CancellationToken.None);

        Assert.Equal(ConfigFileKind.LaunchSettings, document.Kind);
        Assert.Single(document.Root!.Named("Kestrel:Endpoints:Http:Url"));
        Assert.Null(document.DuplicateKey);
    }

    [Fact]
    public void EmptyFilesOfTwoKinds_AreEachReadAsTheirOwn()
    {
        var documents = new JsonDocuments();

        // Every empty file's text is the one string.Empty.
        var appSettings = documents.Of(string.Empty, ConfigFileKind.AppSettings, CancellationToken.None);
        var launchSettings = documents.Of(string.Empty, ConfigFileKind.LaunchSettings, CancellationToken.None);

        Assert.Equal(ConfigFileKind.AppSettings, appSettings.Kind);
        Assert.Equal(ConfigFileKind.LaunchSettings, launchSettings.Kind);
        Assert.NotNull(launchSettings.Error);
    }

    [Fact]
    public void UnreadableText_KeepsItsError()
    {
        var document = new JsonDocuments().Of("{ \"urls\": ", ConfigFileKind.AppSettings, CancellationToken.None);

        Assert.Null(document.Root);
        Assert.NotNull(document.Error);
    }

    [Fact]
    public void AppSettingsWithADuplicateKey_ReadTwice_AreUnreadableBothTimes()
    {
        var documents = new JsonDocuments();

        var first = ConfigFile.Read(ConfigFileKind.AppSettings, AppSettings, documents, CancellationToken.None);
        var second = ConfigFile.Read(ConfigFileKind.AppSettings, AppSettings, documents, CancellationToken.None);

        Assert.Equal(first.Error, second.Error);
        Assert.Contains("'URLS' is set twice", second.Error!.Value.Message, System.StringComparison.Ordinal);
    }
}
