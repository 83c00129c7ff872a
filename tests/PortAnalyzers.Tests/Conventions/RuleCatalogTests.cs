using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using PortAnalyzers.CodeFixes;

namespace PortAnalyzers.Tests.Conventions;

/// <summary>Every rule has its id constant, descriptor, analyzer, docs page, README row, release entry and tests, and they agree.</summary>
public class RuleCatalogTests
{
    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in AllDescriptors())
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Fact]
    public void EveryIdConstantHasOneDescriptorReportedByAnAnalyzer()
    {
        var ids = typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).OrderBy(x => x).ToList();
        var catalog = typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .OrderBy(x => x).ToList();
        Assert.Equal(ids, catalog);
        Assert.Equal(ids, AllDescriptors().Select(d => d.Id).OrderBy(x => x).ToList());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DescriptorFollowsTheConventions(string id)
    {
        var descriptor = Descriptor(id);
        Assert.Matches("^PORT[0-9]{3}$", id);
        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        Assert.False(descriptor.Title.ToString().EndsWith(".", StringComparison.Ordinal), "titles have no trailing period");
        Assert.False(descriptor.MessageFormat.ToString().EndsWith(".", StringComparison.Ordinal), "messages have no trailing period");
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void DocsPageHasMetadataAndEverySection(string id)
    {
        var descriptor = Descriptor(id);
        var path = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"{path} is missing");
        var page = File.ReadAllText(path);
        Assert.StartsWith($"# {id}: {descriptor.Title}", page);
        Assert.Contains($"| Id | {id} |", page);
        Assert.Contains($"| Category | {descriptor.Category} |", page);
        Assert.Contains($"| Default severity | {Severity(descriptor)} |", page);
        Assert.Contains($"| Code fix | {(HasCodeFix(id) ? "Yes" : "No")} |", page);
        foreach (var section in new[] { "## Cause", "## Why it matters", "## Examples", "### Non-compliant", "### Compliant", "## How to fix", "## Configuration", "## When to suppress" })
        {
            Assert.Contains(section, page);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReadmeHasTheRuleRow(string id)
    {
        var descriptor = Descriptor(id);
        var row = $"| [{id}](docs/rules/{id}.md) | {descriptor.Title} | {Severity(descriptor)} | {(HasCodeFix(id) ? "Yes" : "No")} |";
        Assert.Contains(row, RepositoryPaths.Read("README.md"));
    }

    [Fact]
    public void ReadmeRowsAreInIdOrder()
    {
        var ids = Regex.Matches(RepositoryPaths.Read("README.md"), @"^\| \[(PORT\d{3})\]", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.OrderBy(x => x, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Distinct(), ids);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void ReleaseFileHasTheRule(string id)
    {
        var descriptor = Descriptor(id);
        var releases = RepositoryPaths.Read("src", "PortAnalyzers", "AnalyzerReleases.Shipped.md") + RepositoryPaths.Read("src", "PortAnalyzers", "AnalyzerReleases.Unshipped.md");
        Assert.Matches(new Regex($@"^{id} \| {descriptor.Category} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), releases);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void RuleHasATestClass(string id)
    {
        var tests = Directory.GetFiles(RepositoryPaths.Combine("tests", "PortAnalyzers.Tests", "Rules"), id + "_*Tests.cs");
        Assert.NotEmpty(tests);
    }

    [Fact]
    public void EveryCodeFixHasPublicEquivalenceKeysAndFixAll()
    {
        // A private nested provider is a fix-all's inner workings, never offered to a host on its own.
        foreach (var type in typeof(UsePortZeroCodeFix).Assembly.GetTypes().Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && !t.IsNestedPrivate))
        {
            Assert.True(type.IsSealed && type.IsPublic, type.Name);
            Assert.NotNull(type.GetCustomAttribute<ExportCodeFixProviderAttribute>());
            Assert.Contains(type.GetFields(BindingFlags.Public | BindingFlags.Static), f => f.IsLiteral && f.Name.EndsWith("EquivalenceKey", StringComparison.Ordinal));
            Assert.NotNull(((CodeFixProvider)Activator.CreateInstance(type)!).GetFixAllProvider());
        }
    }

    private static IEnumerable<DiagnosticDescriptor> AllDescriptors()
        => Analyzers().SelectMany(a => a.SupportedDiagnostics).GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id);

    private static IEnumerable<DiagnosticAnalyzer> Analyzers()
        => typeof(Descriptors).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!);

    private static DiagnosticDescriptor Descriptor(string id) => AllDescriptors().Single(d => d.Id == id);

    private static string Severity(DiagnosticDescriptor descriptor)
        => descriptor.IsEnabledByDefault ? descriptor.DefaultSeverity.ToString() : "Disabled";

    private static bool HasCodeFix(string id)
        => typeof(UsePortZeroCodeFix).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(ExportCodeFixProviderAttribute), inherit: false).Length > 0)
            .Any(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds.Contains(id));
}
