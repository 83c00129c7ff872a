using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Code;

/// <summary>What kind of project a compilation builds, from its references and MSBuild properties.</summary>
internal static class ProjectTraits
{
    private static readonly string[] TestFrameworkAssemblies =
    {
        "xunit.core",
        "xunit.v3.core",
        "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework",
    };

    /// <summary>Whether the compilation references xunit, NUnit or MSTest: a test project, whose process is short-lived.</summary>
    public static bool IsTestProject(Compilation compilation) => References(compilation, TestFrameworkAssemblies);

    /// <summary>
    /// Whether the code runs in a browser (Blazor WebAssembly), where HttpClient goes through fetch and uses no
    /// sockets. MSBuild properties are visible only when the package marks them CompilerVisibleProperty.
    /// </summary>
    public static bool RunsInBrowser(Compilation compilation, AnalyzerConfigOptions globalOptions)
        => References(compilation, "Microsoft.AspNetCore.Components.WebAssembly")
            || PropertyIs(globalOptions, "build_property.UsingMicrosoftNETSdkBlazorWebAssembly", "true")
            || PropertyIs(globalOptions, "build_property.RuntimeIdentifier", "browser-wasm")
            || PropertyIs(globalOptions, "build_property.TargetPlatformIdentifier", "browser");

    private static bool References(Compilation compilation, params string[] assemblyNames)
        => compilation.ReferencedAssemblyNames.Any(
            identity => assemblyNames.Any(name => string.Equals(identity.Name, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether an MSBuild property (or option) is set to <paramref name="expected"/>, as MSBuild compares: trimmed, any case.</summary>
    public static bool PropertyIs(AnalyzerConfigOptions options, string key, string expected)
        => options.TryGetValue(key, out var value) && string.Equals(value.Trim(), expected, StringComparison.OrdinalIgnoreCase);
}
