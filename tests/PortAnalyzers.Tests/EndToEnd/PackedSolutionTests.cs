using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using static PortAnalyzers.Tests.EndToEnd.ConsumerProjects;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>
/// PORT013 as users get it: a solution of two ASP.NET Core projects that restore the packed package, built with the
/// dotnet CLI (the props and the analyzer from the nupkg; ConfigFilesPropsTests covers the props' cases in detail).
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackedPackageCollection.Name)]
public sealed class PackedSolutionTests
{
    private const string LaunchSettings = """
        {
          "profiles": {
            "http": { "commandName": "Project", "applicationUrl": "http://localhost:5000" }
          }
        }
        """;

    private static readonly Regex Port013Line = new(
        @"[/\\](?<project>\w+)[/\\]Properties[/\\]launchSettings\.json\((?<line>\d+),\d+\): warning PORT013: Port 5000 is also claimed by project '(?<other>\w+)'",
        RegexOptions.CultureInvariant);

    private readonly PackedPackage package;

    public PackedSolutionTests(PackedPackage package) => this.package = package;

    [Fact]
    public void SolutionOfTwoWebAppsOnOnePort_ReportsPort013InEachProjectNamingTheOther()
    {
        var files = new Dictionary<string, string>
        {
            ["Services.slnx"] = """<Solution><Project Path="Api/Api.csproj" /><Project Path="Web/Web.csproj" /></Solution>""",
        };
        foreach (var project in new[] { "Api", "Web" })
        {
            foreach (var file in WebApp(package.Version).With("appsettings.json", "{}").With("Properties/launchSettings.json", LaunchSettings))
            {
                files[project + "/" + (file.Key == "Consumer.csproj" ? project + ".csproj" : file.Key)] = file.Value;
            }
        }

        var build = package.Consumers.Create("solution", files).Build("Services.slnx").EnsureSuccess();

        var line = LineOf(LaunchSettings, "5000");
        Assert.Equal(
            new[] { ("Api", line, "Web"), ("Web", line, "Api") },
            Port013Line.Matches(build.Process.Output)
                .Select(m => (m.Groups["project"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups["other"].Value))
                .Distinct()
                .OrderBy(f => f.Item1, System.StringComparer.Ordinal));
    }
}
