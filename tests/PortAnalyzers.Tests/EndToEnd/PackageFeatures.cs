using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using PortAnalyzers.Rules;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>
/// Parts of the package that other branches are still adding. xunit 2 decides skips at discovery, before the
/// package is packed, so these look at the assemblies this test project references: they are built from the same
/// sources as the packed ones, which <see cref="PackageTests.PackedAssemblies_DefineTheTypesOfTheAssembliesUnderTest"/> checks.
/// </summary>
internal static class PackageFeatures
{
    public const string ConfigFileAnalyzerName = "PortAnalyzers.Rules.ConfigFileAnalyzer";

    public static bool HasConfigFileAnalyzer => typeof(PortUsageAnalyzer).Assembly.GetType(ConfigFileAnalyzerName) is not null;

    public static bool HasCodeFixFor(string diagnosticId)
    {
        var codeFixes = Assembly.Load(new AssemblyName("PortAnalyzers.CodeFixes"));
        return codeFixes.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
            .Any(fix => fix.FixableDiagnosticIds.Contains(diagnosticId));
    }
}

/// <summary>A fact about appsettings.json findings: skipped while the package has no configuration-file analyzer.</summary>
public sealed class ConfigFileAnalyzerFactAttribute : FactAttribute
{
    public ConfigFileAnalyzerFactAttribute()
    {
        if (!PackageFeatures.HasConfigFileAnalyzer)
        {
            Skip = $"The package has no {PackageFeatures.ConfigFileAnalyzerName} yet (branch config-files); remove this guard once it is merged.";
        }
    }
}

/// <summary>A fact about the PORT002 code fix: skipped while no CodeFixProvider in the package fixes PORT002.</summary>
public sealed class Port002FixFactAttribute : FactAttribute
{
    public Port002FixFactAttribute()
    {
        if (!PackageFeatures.HasCodeFixFor(DiagnosticIds.FixedClientSourcePort))
        {
            Skip = "No CodeFixProvider in PortAnalyzers.CodeFixes lists PORT002 in FixableDiagnosticIds yet; remove this guard once the fix is merged.";
        }
    }
}
