using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>
/// The real .NET and ASP.NET Core reference assemblies of the SDK running the tests (its <c>packs/</c> folder),
/// loaded once for the whole run.
/// </summary>
public static class SdkReferencePacks
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> NetAndAspNetCore = new(Load);

    public static ImmutableArray<MetadataReference> Default => NetAndAspNetCore.Value;

    /// <summary>The implicit usings of an SDK-style web project, as every real project has them.</summary>
    public const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The folder of the newest reference pack of <paramref name="pack"/>, e.g. Microsoft.NETCore.App.Ref.</summary>
    public static string PackFolder(string pack)
    {
        var dotnetRoot = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        var packRoot = Path.Combine(dotnetRoot, "packs", pack);
        var version = Directory.GetDirectories(packRoot)
            .Select(Path.GetFileName)
            .OrderByDescending(v => Version.TryParse(v!.Split('-')[0], out var parsed) ? parsed : new Version(0, 0))
            .First();
        var refFolder = Path.Combine(packRoot, version!, "ref");
        return Directory.GetDirectories(refFolder).OrderByDescending(d => d, StringComparer.Ordinal).First();
    }

    private static ImmutableArray<MetadataReference> Load()
        => new[] { "Microsoft.NETCore.App.Ref", "Microsoft.AspNetCore.App.Ref" }
            .SelectMany(pack => Directory.GetFiles(PackFolder(pack), "*.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
}
