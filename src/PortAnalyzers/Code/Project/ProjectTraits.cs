using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PortAnalyzers.Code;

/// <summary>What kind of project a compilation builds, from its references and MSBuild properties.</summary>
internal static class ProjectTraits
{
    /// <summary>
    /// The test frameworks (xunit, NUnit, MSTest, TUnit: a test project, whose process is short-lived) and Blazor WebAssembly
    /// (code that runs in a browser, where HttpClient goes through fetch and uses no sockets), looked for in one pass:
    /// reading a compilation's ~300 referenced assembly names is the cost, as they are cold.
    /// </summary>
    private static readonly AssemblyNames ShortLivedOrBrowserAssemblies = new(
        "xunit.core",
        "xunit.v3.core",
        "nunit.framework",
        "Microsoft.VisualStudio.TestPlatform.TestFramework",
        "TUnit.Core",
        "Microsoft.AspNetCore.Components.WebAssembly");

    /// <summary>
    /// Whether the compilation is a test project or runs in a browser (Blazor WebAssembly), by its references or its
    /// MSBuild properties. The properties are visible only when the package marks them CompilerVisibleProperty.
    /// </summary>
    public static bool IsTestProjectOrRunsInBrowser(Compilation compilation, AnalyzerConfigOptions globalOptions)
        => PropertyIs(globalOptions, "build_property.UsingMicrosoftNETSdkBlazorWebAssembly", "true")
            || PropertyIs(globalOptions, "build_property.RuntimeIdentifier", "browser-wasm")
            || PropertyIs(globalOptions, "build_property.TargetPlatformIdentifier", "browser")
            || References(compilation, ShortLivedOrBrowserAssemblies);

    /// <summary>Whether an assembly of <paramref name="assemblyNames"/> is referenced: one look per reference, as a web project has about 300.</summary>
    private static bool References(Compilation compilation, AssemblyNames assemblyNames)
    {
        foreach (var identity in compilation.ReferencedAssemblyNames)
        {
            if (assemblyNames.Contains(identity.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Assembly names, compared as the loader compares them (ignoring case). A name of another length and first and
    /// last letter is turned away before it is hashed: the ~300 names of a project cost 0.1-0.25 ms to read and hash
    /// in a build, where they are cold.
    /// </summary>
    private sealed class AssemblyNames
    {
        private readonly HashSet<string> names;
        private readonly NameShapes shapes;

        public AssemblyNames(params string[] names)
        {
            this.names = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
            shapes = new NameShapes(names, ignoreCase: true);
        }

        public bool Contains(string name) => shapes.MayContain(name) && names.Contains(name);
    }

    /// <summary>Whether an MSBuild property (or option) is set to <paramref name="expected"/>, as MSBuild compares: trimmed, any case.</summary>
    public static bool PropertyIs(AnalyzerConfigOptions options, string key, string expected)
        => options.TryGetValue(key, out var value) && string.Equals(value.Trim(), expected, StringComparison.OrdinalIgnoreCase);
}
