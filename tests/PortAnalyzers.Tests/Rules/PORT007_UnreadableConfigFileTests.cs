using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

public class PORT007_UnreadableConfigFileTests
{
    [Fact]
    public Task MissingComma_ReportsWhereTheCommaBelongs() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "urls": "http://localhost:5000"
          {|PORT007:"|}Logging": {}
        }
        """);

    [Fact]
    public Task UnclosedObject_ReportsAtTheEnd() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "applicationUrl": "http://localhost:5000" } }{|PORT007:|}
        """);

    [Fact]
    public Task UnclosedComment_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { {|PORT007:/*|} "urls": "http://localhost:5000" }
        """);

    [Fact]
    public Task SingleQuotedString_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "urls": {|PORT007:'|}http://localhost:5000' }
        """);

    [Fact]
    public Task TopLevelNumber_Reports() => ConfigFiles.VerifyAsync("appsettings.json", "// a number, not an object\n{|PORT007:5|}000");

    [Fact]
    public Task TopLevelArray_Reports() => VerifyUnreadableAsync(
        "appsettings.json", "\n  [{ \"urls\": \"http://localhost:5000\" }]", (2, 3), "the top-level value is an array; .NET configuration expects an object");

    [Fact]
    public Task EmptyFile_Reports() => ConfigFiles.VerifyAsync("appsettings.json", "{|PORT007:|}");

    [Fact]
    public Task BomOnlyFile_Reports() => ConfigFiles.VerifyAsync("appsettings.json", "\uFEFF{|PORT007:|}");

    [Fact]
    public Task NestingPastSixtyFourLevels_Reports() => VerifyUnreadableAsync(
        "appsettings.json",
        "{\"a\":" + new string('[', 100_000) + new string(']', 100_000) + "}",
        (1, 6 + 63),
        "the values nest deeper than 64 levels, the most .NET configuration reads");

    [Fact]
    public Task SixtyFourLevels_DoNotReport() => ConfigFiles.VerifyAsync(
        "appsettings.json",
        "{\"a\":" + new string('[', 63) + new string(']', 63) + "}");

    [Fact]
    public Task MalformedNuGetConfig_Reports() => ConfigFiles.VerifyAsync("NuGet.config", """
        <configuration>
          <packageSources>
            <add key="feed" value="https://feed.example.test/v3/index.json" />
        </{|PORT007:c|}onfiguration>
        """);

    [Fact]
    public Task DuplicateKeyInAppSettings_ReportsTheSecondValue() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:5000" } } },
          "kestrel": { "endpoints": { "http": { "url": {|PORT007:"http://localhost:5001"|} } } }
        }
        """);

    [Fact]
    public Task ValueAfterEmptyObjectWithTheSameKey_Reports() => ConfigFiles.VerifyAsync("appsettings.json", """
        { "Logging": {}, "logging": {|PORT007:"off"|} }
        """);

    [Fact]
    public Task ObjectsWithTheSameKeyAndDifferentChildren_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        {
          "Kestrel": { "Endpoints": { "Http": { "Url": "http://localhost:5000" } } },
          "Kestrel": { "Endpoints": { "Https": { "Url": "https://localhost:5001" } } },
          "Items": [ "a", "b" ], "Items2": { "0": "a" }, "Logging": 1, "Logging2": {}
        }
        """);

    [Fact]
    public Task DuplicateKeyInLaunchSettings_DoesNotReport() => ConfigFiles.VerifyAsync("Properties/launchSettings.json", """
        { "profiles": { "web": { "commandName": "Project", "commandName": "Project" } } }
        """);

    [Fact]
    public Task CommentsAndTrailingCommas_DoNotReport() => ConfigFiles.VerifyAsync("appsettings.json", """
        // comment
        { "a": [1, 2,], /* b */ "b": { "c": true, }, }
        """);

    [Fact]
    public Task OtherFileNames_AreNotRead() => ConfigFiles.VerifyAsync("package.json", "{ broken");

    [Fact]
    public Task CheckConfigFilesFalse_DoesNotReport() => ConfigFiles.VerifyAsync(
        "appsettings.json", "{ broken", globalConfig: "build_property.PortAnalyzersCheckConfigFiles = False");

    [Fact]
    public Task Message_NamesTheFileAndTheProblem() => VerifyUnreadableAsync(
        "appsettings.Production.json", "{\n  \"urls\": \"http://localhost:5000\",,\n}", (2, 35), "a property name in double quotes or '}' is expected");

    /// <summary>The one PORT007 on the file, by where it starts (1-based line and column) and its message.</summary>
    private static Task VerifyUnreadableAsync(string path, string text, (int Line, int Column) start, string problem)
        => ConfigFiles.VerifyAsync(
            path,
            text,
            expected: CSharpAnalyzerVerifier<ConfigFileAnalyzer>.Diagnostic("PORT007")
                .WithLocation(TestProject.Folder + path, start.Line, start.Column)
                .WithArguments(path, problem));
}
