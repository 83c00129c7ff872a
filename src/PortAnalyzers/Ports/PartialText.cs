namespace PortAnalyzers.Ports;

/// <summary>
/// Text known only in part, such as <c>"http://" + host + ":5000"</c>: each part that cannot be known at
/// compile time stands as one <see cref="Hole"/> character, so parsers see the known parts where they are.
/// </summary>
internal static class PartialText
{
    public const char Hole = '\uFFFF';

    public const string HoleString = "\uFFFF";

    public static bool HasHole(string text) => text.IndexOf(Hole) >= 0;

    public static bool HasHole(string text, int start, int length) => length > 0 && text.IndexOf(Hole, start, length) >= 0;
}
