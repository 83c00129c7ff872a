namespace PortAnalyzers.Config;

/// <summary>
/// A scalar value read from a configuration file, with where it stands: the characters of <see cref="Text"/> map
/// one to one onto the file from <see cref="TextStart"/> when <see cref="Exact"/>; otherwise (escapes, folded lines,
/// substituted variables) only the whole value, <see cref="Start"/>..+<see cref="Length"/>, can be pointed at.
/// </summary>
internal readonly record struct ConfigText(string Text, int Start, int Length, int TextStart, bool Exact)
{
    /// <summary>Where the characters <paramref name="start"/>..+<paramref name="length"/> of <see cref="Text"/> stand in the file.</summary>
    public (int Start, int Length) SpanOf(int start, int length)
        => Exact && start >= 0 && start + length <= Text.Length ? (TextStart + start, length) : (Start, Length);

    /// <summary>Where the whole value stands: its characters without quotes when exact, else the whole token.</summary>
    public (int Start, int Length) Span => SpanOf(0, Text.Length);

    /// <summary>The characters <paramref name="start"/>..+<paramref name="length"/> of <see cref="Text"/> as a value of their own.</summary>
    public ConfigText Slice(int start, int length)
    {
        var (sliceStart, sliceLength) = SpanOf(start, length);
        return new ConfigText(Text.Substring(start, length), sliceStart, sliceLength, sliceStart, Exact);
    }
}
