using System;
using System.Collections.Generic;
using System.Threading;

namespace PortAnalyzers.Config.Yaml;

/// <summary>
/// A strict reader of the YAML that compose files are written in: block mappings and sequences, flow collections,
/// plain, quoted and block scalars, comments, anchors, aliases and <c>&lt;&lt;</c> merges, one document. What it
/// does not know (tags are skipped; complex keys, tabs in indentation, bad indentation) is an error with its place,
/// never an exception. A small reader of our own rather than a YAML library: an analyzer's dependencies must load
/// in every compiler host, and this one needs positions, not a general object model.
/// </summary>
internal sealed partial class YamlReader
{
    private const int MaxDepth = 64;

    private readonly string text;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<string, YamlNode> anchors = new(StringComparer.Ordinal);
    private int pos;
    private int depth;

    private YamlReader(string text, CancellationToken cancellationToken)
    {
        this.text = text;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The document's root (null for an empty document), or why it cannot be read.</summary>
    public static (YamlNode? Root, ReadError? Error) Read(string text, CancellationToken cancellationToken)
    {
        var reader = new YamlReader(text, cancellationToken);
        try
        {
            return (reader.ReadDocument(), null);
        }
        catch (YamlException e)
        {
            return (null, new ReadError(e.Offset, e.Length, e.Message));
        }
    }

    private YamlNode? ReadDocument()
    {
        if (IsByteOrderMark(0))
        {
            pos = 1;
        }

        var indent = NextContentLine();
        while (indent == 0 && text[pos] == '%')
        {
            SkipToLineEnd();
            indent = NextContentLine();
        }

        if (indent == 0 && IsMarker("---"))
        {
            pos += 3;
            SkipSpaces();
            indent = AtLineEnd() ? NextContentLine() : Column(pos);
        }

        if (indent < 0 || (indent == 0 && IsMarker("...")))
        {
            return null;
        }

        var root = ParseBlockAt(-1, indent);
        indent = NextContentLine();
        if (indent >= 0 && !(indent == 0 && (IsMarker("...") || IsMarker("---"))))
        {
            throw Error(pos, "unexpected content after the document");
        }

        return root;
    }

    /// <summary>A node that starts at <paramref name="column"/> on its own line, in a block more indented than <paramref name="parentIndent"/>.</summary>
    private YamlNode ParseBlockAt(int parentIndent, int column)
    {
        Enter();
        try
        {
            var anchor = ReadProperties();
            if (AtLineEnd())
            {
                // "key: &anchor" or "key: !tag" followed by the node on the next lines.
                var end = pos;
                var next = NextContentLine();
                var node = next > parentIndent ? ParseBlockAt(parentIndent, next) : NullAt(end);
                return anchor is null ? node : Anchor(anchor, node);
            }

            if (text[pos] == '?' && IsBlankOrEnd(pos + 1))
            {
                throw Error(pos, "complex mapping keys ('?') are not supported");
            }

            YamlNode value;
            if (IsSequenceEntry())
            {
                value = ParseBlockSequence(column);
            }
            else if (IsKeyAhead())
            {
                value = ParseBlockMapping(Column(pos));
            }
            else
            {
                value = ParseInline(parentIndent);
            }

            return anchor is null ? value : Anchor(anchor, value);
        }
        finally
        {
            depth--;
        }
    }

    private YamlNode ParseBlockMapping(int indent)
    {
        var mapping = YamlNode.NewCollection(YamlKind.Mapping, pos);
        while (true)
        {
            if (IsSequenceEntry())
            {
                throw Error(pos, "a sequence item where a mapping key is expected");
            }

            var key = ParseKey();
            var value = ParseValue(indent, sequenceMayAlign: true);
            if (key.Scalar == "<<")
            {
                AddMerge(mapping, value, key);
            }
            else
            {
                mapping.Add(key, value);
            }

            var next = NextContentLine();
            if (next < indent || AtDocumentMarker(next))
            {
                return mapping;
            }

            if (next > indent)
            {
                throw Error(pos, "bad indentation: this line is deeper than the mapping it follows");
            }
        }
    }

    private YamlNode ParseBlockSequence(int indent)
    {
        var sequence = YamlNode.NewCollection(YamlKind.Sequence, pos);
        while (true)
        {
            pos++;
            sequence.Add(ParseValue(indent, sequenceMayAlign: false));
            var next = NextContentLine();
            if (next < indent || AtDocumentMarker(next) || (next == indent && !IsSequenceEntry()))
            {
                return sequence;
            }

            if (next > indent)
            {
                throw Error(pos, "bad indentation: this line is deeper than the sequence it follows");
            }
        }
    }

    /// <summary>
    /// The value after <c>key:</c> or <c>- </c>: on the same line, or a block on the next lines deeper than
    /// <paramref name="indent"/> (or, for a mapping value, a sequence at the key's own indentation).
    /// </summary>
    private YamlNode ParseValue(int indent, bool sequenceMayAlign)
    {
        SkipSpaces();
        if (AtLineEnd())
        {
            var end = pos;
            var next = NextContentLine();
            if (next > indent || (sequenceMayAlign && next == indent && IsSequenceEntry() && !AtDocumentMarker(next)))
            {
                return ParseBlockAt(indent, next);
            }

            return NullAt(end);
        }

        if (sequenceMayAlign && IsKeyAhead())
        {
            throw Error(pos, "a mapping value is not allowed here; quote the text if the ':' belongs to it");
        }

        return ParseBlockAt(indent, Column(pos));
    }

    /// <summary>A value that starts on the current line: flow collection, alias, quoted, block or plain scalar.</summary>
    private YamlNode ParseInline(int parentIndent)
    {
        switch (text[pos])
        {
            case '[':
            case '{':
                return ParseFlow();
            case '*':
                return ParseAlias();
            case '"':
            case '\'':
                return ParseQuoted();
            case '|':
            case '>':
                return ParseBlockScalar(parentIndent);
            default:
                return ParsePlain(parentIndent);
        }
    }

    private YamlNode ParseKey()
    {
        YamlNode key;
        if (text[pos] is '"' or '\'')
        {
            key = ParseQuoted();
            SkipSpaces();
        }
        else if (text[pos] == '?')
        {
            throw Error(pos, "complex mapping keys ('?') are not supported");
        }
        else
        {
            var start = pos;
            while (pos < text.Length && text[pos] is not ('\r' or '\n') && !(text[pos] == ':' && IsBlankOrEnd(pos + 1)) && !IsCommentStart(pos))
            {
                pos++;
            }

            var end = TrimEnd(start, pos);
            key = YamlNode.NewScalar(new ConfigText(text.Substring(start, end - start), start, end - start, start, Exact: true), plain: true);
        }

        if (pos >= text.Length || text[pos] != ':')
        {
            throw Error(pos, "':' expected after the key");
        }

        pos++;
        return key;
    }

    private void AddMerge(YamlNode mapping, YamlNode value, YamlNode key)
    {
        if (value.Kind == YamlKind.Mapping)
        {
            mapping.Merge(value);
            return;
        }

        if (value.Kind == YamlKind.Sequence && value.Items.Count > 0)
        {
            foreach (var item in value.Items)
            {
                if (item.Kind != YamlKind.Mapping)
                {
                    throw Error(key.Text.Start, "'<<' merges only mappings");
                }

                mapping.Merge(item);
            }

            return;
        }

        throw Error(key.Text.Start, "'<<' merges only mappings");
    }

    private YamlNode ParseAlias()
    {
        var start = pos++;
        var name = ReadName();
        if (!anchors.TryGetValue(name, out var node))
        {
            throw Error(start, "the alias '*" + name + "' names no anchor defined before it");
        }

        return node;
    }

    /// <summary>Skips a tag and reads an anchor before a node, in either order; returns the anchor's name.</summary>
    private string? ReadProperties()
    {
        string? anchor = null;
        while (pos < text.Length && text[pos] is '&' or '!')
        {
            var isAnchor = text[pos] == '&';
            pos++;
            var name = ReadName();
            if (isAnchor)
            {
                anchor = name;
            }

            SkipSpaces();
        }

        return anchor;
    }

    private YamlNode Anchor(string name, YamlNode node)
    {
        anchors[name] = node;
        return node;
    }

    private string ReadName()
    {
        var start = pos;
        while (pos < text.Length && !IsBlankOrEnd(pos) && text[pos] is not (',' or '[' or ']' or '{' or '}'))
        {
            pos++;
        }

        return text.Substring(start, pos - start);
    }

    private YamlNode NullAt(int offset) => YamlNode.NewScalar(new ConfigText(string.Empty, offset, 0, offset, Exact: true), plain: true);

    private void Enter()
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (++depth > MaxDepth)
        {
            throw Error(pos, "the document is nested more than " + MaxDepth + " levels deep");
        }
    }

    private static YamlException Error(int offset, string message) => new(offset, 1, message);

    private sealed class YamlException : Exception
    {
        public YamlException(int offset, int length, string message)
            : base(message)
        {
            Offset = offset;
            Length = length;
        }

        public int Offset { get; }

        public int Length { get; }
    }
}
