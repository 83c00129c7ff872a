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

    /// <summary>
    /// <paramref name="path"/> with forward slashes, without empty or <c>.</c> segments, and with each <c>..</c>
    /// resolved where it can be; the path itself when it is written so already, as MSBuild's full paths are.
    /// </summary>
    public static string Normalize(string path) => IsNormalized(path) ? path : Rebuild(path);

    /// <summary>Whether <see cref="Rebuild"/> would return <paramref name="path"/> unchanged: it is read once, without allocating.</summary>
    private static bool IsNormalized(string path)
    {
        var segmentStart = 0;
        for (var at = 0; at <= path.Length; at++)
        {
            if (at < path.Length && path[at] != '/')
            {
                if (path[at] == '\\')
                {
                    return false;
                }

                continue;
            }

            var length = at - segmentStart;
            if ((length == 0 && segmentStart > 0) || (length is 1 or 2 && path[segmentStart] == '.' && path[at - 1] == '.'))
            {
                return false;
            }

            segmentStart = at + 1;
        }

        return true;
    }

    private static string Rebuild(string path)
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
