using System;
using System.Collections.Generic;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// Paths as written by MSBuild and compose files, compared without touching the file system: either separator,
/// <c>.</c> and <c>..</c> resolved, any case (Windows and macOS builds do not tell cases apart).
/// </summary>
internal static class ProjectPaths
{
    private static readonly char[] Separators = { '/', '\\' };

    public static string Normalize(string path)
    {
        var segments = new List<string>();
        var parts = path.Split(Separators);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "." || (part.Length == 0 && i > 0))
            {
                continue;
            }

            if (part == ".." && segments.Count > 0 && segments[segments.Count - 1] is not ("" or ".."))
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(part);
        }

        return string.Join("/", segments);
    }

    /// <summary><paramref name="relative"/> from <paramref name="directory"/>, or itself when it is absolute.</summary>
    public static string Combine(string directory, string relative)
        => Normalize(IsAbsolute(relative) ? relative : directory + "/" + relative);

    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOfAny(Separators);
        return slash < 0 ? string.Empty : Normalize(path.Substring(0, slash));
    }

    public static string FileName(string path) => path.Substring(path.LastIndexOfAny(Separators) + 1);

    public static bool Same(string left, string right) => string.Equals(Normalize(left), Normalize(right), StringComparison.OrdinalIgnoreCase);

    private static bool IsAbsolute(string path) => path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) || (path.Length > 1 && path[1] == ':');
}
