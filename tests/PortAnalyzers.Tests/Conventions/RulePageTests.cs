using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CodeFixes;
using PortAnalyzers.Tests.Robustness;

namespace PortAnalyzers.Tests.Conventions;

/// <summary>
/// Each rule page ends with "Where it lives": the types and members that decide, find, report, fix and test the rule.
/// The names must exist, and the lists must hold the analyzers that report the rule, every code fix that fixes it
/// and its test classes, so that a newcomer finds a rule's logic by its id.
/// </summary>
public class RulePageTests
{
    private static readonly Regex Name = new("`([A-Za-z0-9_]+)(?:\\.([A-Za-z0-9_]+))?`", RegexOptions.Compiled);

    private static readonly Lazy<ILookup<string, Type>> TypesByName = new(() => PortAnalyzersTypes.Both
        .Append(typeof(RulePageTests).Assembly)
        .SelectMany(assembly => assembly.GetTypes())
        .Where(type => !type.IsNested && !type.Name.Contains('<', StringComparison.Ordinal))
        .ToLookup(type => type.Name.Split('`')[0], StringComparer.Ordinal));

    public static IEnumerable<object[]> Ids => PortAnalyzersTypes.AllAnalyzers()
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .Select(descriptor => descriptor.Id)
        .Distinct()
        .OrderBy(id => id, StringComparer.Ordinal)
        .Select(id => new object[] { id });

    [Theory]
    [MemberData(nameof(Ids))]
    public void WhereItLives_NamesOnlyWhatExists(string id)
    {
        foreach (var (type, member) in Names(id))
        {
            var types = TypesByName.Value[type].ToList();
            Assert.True(types.Count > 0, $"{id}.md names `{type}`, which no PortAnalyzers or test type is called");
            if (member is not null)
            {
                Assert.True(
                    types.Any(t => t.GetMember(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length > 0),
                    $"{id}.md names `{type}.{member}`, which {type} does not have");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void WhereItLives_ListsTheAnalyzersFixesAndTestsOfTheRule(string id)
    {
        var listed = Names(id).Select(name => name.Type).ToHashSet(StringComparer.Ordinal);

        var reporters = PortAnalyzersTypes.AllAnalyzers().Where(a => a.SupportedDiagnostics.Any(d => d.Id == id)).Select(a => a.GetType().Name);
        Assert.All(reporters, reporter => Assert.Contains(reporter, listed));

        var fixes = PortAnalyzersTypes.CodeFixes.GetTypes()
            .Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
            .Where(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id))
            .Select(t => t.Name);
        Assert.All(fixes, fix => Assert.Contains(fix, listed));

        var tests = typeof(RulePageTests).Assembly.GetTypes().Where(t => t.Namespace == "PortAnalyzers.Tests.Rules" && t.Name.StartsWith(id + "_", StringComparison.Ordinal)).Select(t => t.Name).ToList();
        Assert.NotEmpty(tests);
        Assert.All(tests, test => Assert.Contains(test, listed));
    }

    private static List<(string Type, string? Member)> Names(string id)
    {
        var page = RepositoryPaths.Read("docs", "rules", id + ".md");
        var start = page.IndexOf("\n## Where it lives", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{id}.md has no \"## Where it lives\" section");
        var section = page.Substring(start + 1);
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = next < 0 ? section : section.Substring(0, next);
        return Name.Matches(section).Select(m => (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null)).ToList();
    }
}
