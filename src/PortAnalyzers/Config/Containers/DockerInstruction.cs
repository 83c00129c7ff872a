using System.Collections.Generic;
using System.Text;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// One instruction of a Dockerfile, its continuation lines joined, with where each of its lines starts in the file so
/// that a word in it can be pointed at.
/// </summary>
internal sealed class DockerInstruction
{
    /// <summary>Where each run of characters copied from one line starts, in <see cref="Text"/> and in the file.</summary>
    private readonly (int TextStart, int FileStart)[] runs;

    public DockerInstruction(string text, (int TextStart, int FileStart)[] runs)
    {
        Text = text;
        this.runs = runs;
        var end = 0;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        Keyword = text.Substring(0, end).ToUpperInvariant();
        ArgumentsStart = end;
    }

    /// <summary>The instruction with its continuations joined and the escape characters that joined them removed.</summary>
    public string Text { get; }

    /// <summary>The instruction's name in upper case: <c>FROM</c>, <c>ENV</c>, ...</summary>
    public string Keyword { get; }

    public int ArgumentsStart { get; }

    /// <summary>The offset in the file of <see cref="Text"/>'s character <paramref name="index"/> (the last character's, for an index past the end).</summary>
    public int OffsetOf(int index)
    {
        index = System.Math.Max(0, System.Math.Min(index, Text.Length - 1));
        var run = runs.Length - 1;
        while (run > 0 && runs[run].TextStart > index)
        {
            run--;
        }

        return run < 0 ? 0 : runs[run].FileStart + index - runs[run].TextStart;
    }

    /// <summary>The characters <paramref name="start"/>..+<paramref name="length"/> of <see cref="Text"/> as a value at its place in the file.</summary>
    public ConfigText Span(string value, int start, int length, bool verbatim)
    {
        var first = OffsetOf(start);
        var last = OffsetOf(start + length - 1);
        var contiguous = length > 0 && last - first == length - 1;
        return new ConfigText(value, first, last - first + 1, first, verbatim && contiguous);
    }

    /// <summary>The whitespace-separated words of the arguments, each with its start in <see cref="Text"/>.</summary>
    public List<(string Word, int Start)> Words()
    {
        var words = new List<(string, int)>();
        var i = ArgumentsStart;
        while (i < Text.Length)
        {
            while (i < Text.Length && char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            var start = i;
            while (i < Text.Length && !char.IsWhiteSpace(Text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((Text.Substring(start, i - start), start));
            }
        }

        return words;
    }

    /// <summary>
    /// Builds instructions from lines, keeping where each line's characters came from: one entry per line, where an
    /// entry per character made most of what reading a Dockerfile allocated.
    /// </summary>
    internal sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<(int TextStart, int FileStart)> runs = new();

        public bool IsEmpty => text.Length == 0;

        public void Append(string source, int start, int end)
        {
            if (end > start)
            {
                runs.Add((text.Length, start));
                text.Append(source, start, end - start);
            }
        }

        public DockerInstruction Build()
        {
            var instruction = new DockerInstruction(text.ToString(), runs.ToArray());
            text.Clear();
            runs.Clear();
            return instruction;
        }
    }
}
