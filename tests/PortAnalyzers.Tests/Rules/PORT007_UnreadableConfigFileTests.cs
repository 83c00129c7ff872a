using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT007_UnreadableConfigFileTests
{
    [Fact]
    public Task MissingComma_ReportsWhereTheCommaBelongs() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "urls": "http://localhost:5000"
          {|PORT007:"|}Logging": {}
        }
        """);

    [Fact]
    public Task UnclosedObject_ReportsAtTheEnd() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "applicationUrl": "http://localhost:5000" } }{|PORT007:|}
        """);

    [Fact]
    public Task UnclosedComment_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { {|PORT007:/*|} "urls": "http://localhost:5000" }
        """);

    [Fact]
    public Task SingleQuotedString_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "urls": {|PORT007:'|}http://localhost:5000' }
        """);

    [Fact]
    public Task TopLevelNumber_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", "// a number, not an object\n{|PORT007:5|}000");

    [Fact]
    public async Task TopLevelArray_Reports()
    {
        var diagnostic = await SingleAsync("appsettings.json", "\n  [{ \"urls\": \"http://localhost:5000\" }]");

        Assert.Equal((1, 2), Start(diagnostic));
        Assert.Contains("array", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public Task EmptyFile_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", "{|PORT007:|}");

    [Fact]
    public Task BomOnlyFile_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", "\uFEFF{|PORT007:|}");

    [Fact]
    public async Task NestingPastSixtyFourLevels_Reports()
    {
        var diagnostic = await SingleAsync("appsettings.json", "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}");

        Assert.Equal((0, 5 + 63), Start(diagnostic));
        Assert.Contains("64 levels", diagnostic.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public Task SixtyFourLevels_DoNotReport() => VerifyConfig.AnalyzerAsync(
        "appsettings.json",
        "{\"a\":" + new string('[', 63) + new string(']', 63) + "}");

    [Fact]
    public Task MalformedNuGetConfig_Reports() => VerifyConfig.AnalyzerAsync("NuGet.config", """
        <configuration>
          <packageSources>
            <add key="feed" value="https://feed.example.test/v3/index.json" />
        </{|PORT007:c|}onfiguration>
        """);

    [Fact]
    public Task DuplicateKeyInAppSettings_ReportsTheSecondValue() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:5000" } } },
          "kestrel": { "endpoints": { "http": { "url": {|PORT007:"http://localhost:5001"|} } } }
        }
        """);

    [Fact]
    public Task ValueAfterEmptyObjectWithTheSameKey_Reports() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        { "Logging": {}, "logging": {|PORT007:"off"|} }
        """);

    [Fact]
    public Task ObjectsWithTheSameKeyAndDifferentChildren_DoNotReport() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        {
          "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:5000" } } },
          "Kestrel": { "Endpoints": { "Https": { "Url": "https://localhost:5001" } } },
          "Items": [ "a", "b" ], "Items2": { "0": "a" }, "Logging": 1, "Logging2": {}
        }
        """);

    [Fact]
    public Task DuplicateKeyInLaunchSettings_DoesNotReport() => VerifyConfig.AnalyzerAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "commandName": "Project", "commandName": "Project" } } }
        """);

    [Fact]
    public Task CommentsAndTrailingCommas_DoNotReport() => VerifyConfig.AnalyzerAsync("appsettings.json", """
        // comment
        { "a": [1, 2,], /* b */ "b": { "c": true, }, }
        """);

    [Fact]
    public Task OtherFileNames_AreNotRead() => VerifyConfig.AnalyzerAsync("package.json", "{ broken");

    [Fact]
    public Task CheckConfigFilesFalse_DoesNotReport() => VerifyConfig.AnalyzerAsync(
        "appsettings.json", "{ broken", globalConfig: "build_property.PortAnalyzersCheckConfigFiles = False");

    [Fact]
    public async Task Message_NamesTheFileAndTheProblem()
    {
        var diagnostic = await SingleAsync("appsettings.Production.json", "{\n  \"urls\": \"http://localhost:5000\",,\n}");
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);

        Assert.StartsWith("appsettings.Production.json cannot be read (a property name in double quotes or '}' is expected)", message, System.StringComparison.Ordinal);
        Assert.Equal((1, 34), Start(diagnostic));
    }

    private static async Task<Diagnostic> SingleAsync(string path, string text)
    {
        var diagnostic = (await VerifyConfig.GetDiagnosticsAsync(path, text)).Single();
        Assert.Equal("PORT007", diagnostic.Id);
        return diagnostic;
    }

    private static (int Line, int Column) Start(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line, start.Character);
    }
}
