using System.Collections.Generic;
using System.Text;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// One instruction of a Dockerfile, its continuation lines joined, with the offset in the file of each of its
/// characters so that a word in it can be pointed at.
/// </summary>
internal sealed class DockerInstruction
{
    private readonly List<int> offsets;

    public DockerInstruction(string text, List<int> offsets)
    {
        Text = text;
        this.offsets = offsets;
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

    /// <summary>The offset in the file of <see cref="Text"/>'s character <paramref name="index"/>.</summary>
    public int OffsetOf(int index) => offsets[index < offsets.Count ? index : offsets.Count - 1];

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

    /// <summary>Builds instructions from lines, keeping each character's offset.</summary>
    internal sealed class Builder
    {
        private readonly StringBuilder text = new();
        private readonly List<int> offsets = new();

        public bool IsEmpty => text.Length == 0;

        public void Append(string source, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                text.Append(source[i]);
                offsets.Add(i);
            }
        }

        public DockerInstruction Build()
        {
            var instruction = new DockerInstruction(text.ToString(), new List<int>(offsets));
            text.Clear();
            offsets.Clear();
            return instruction;
        }
    }
}
