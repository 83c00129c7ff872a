using System;
using System.IO;

namespace PortAnalyzers.Tests.Conventions;

/// <summary>Finds files of this repository from the test output folder.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PortAnalyzers.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PortAnalyzers.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootFolder.Value;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    public static string Read(params string[] parts) => File.ReadAllText(Combine(parts));
}
