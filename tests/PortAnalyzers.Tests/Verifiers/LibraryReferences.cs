using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>Real client libraries (downloaded by the test project's PackageDownload items) as metadata references.</summary>
public static class LibraryReferences
{
    public static MetadataReference Npgsql => Load("npgsql", "9.0.3", "Npgsql.dll");

    public static MetadataReference StackExchangeRedis => Load("stackexchange.redis", "2.13.23", "StackExchange.Redis.dll");

    private static MetadataReference Load(string package, string version, string file)
    {
        var root = typeof(LibraryReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
        return MetadataReference.CreateFromFile(Path.Combine(root, package, version, "lib", "net8.0", file));
    }
}
