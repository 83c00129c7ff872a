namespace PortAnalyzers.Config;

/// <summary>Converts between offsets in a text and the 1-based lines and columns that readers and messages use.</summary>
internal static class TextOffsets
{
    /// <summary>
    /// The offset, counted from <paramref name="start"/>, of <paramref name="line"/>:<paramref name="column"/> as
    /// XML counts them (CR LF, CR and LF each end a line); clamped to the text.
    /// </summary>
    public static int Of(string text, int start, int line, int column)
    {
        var position = start;
        for (var current = 1; current < line && position < text.Length; position++)
        {
            if (text[position] == '\n' || (text[position] == '\r' && (position + 1 >= text.Length || text[position + 1] != '\n')))
            {
                current++;
            }
        }

        return System.Math.Min(position + System.Math.Max(column - 1, 0), text.Length) - start;
    }

    /// <summary>The 1-based line of <paramref name="offset"/>, as the compiler counts lines (CR LF, CR and LF each end one).</summary>
    public static int LineOf(string text, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }
}
