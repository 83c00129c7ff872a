namespace PortAnalyzers.Config;

/// <summary>Converts the 1-based line and column an XML reader reports into an offset in the text.</summary>
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
}
