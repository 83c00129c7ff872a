using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// Reads the stages of a Dockerfile: <c>FROM</c> (image or earlier stage, <c>AS</c> name), <c>ARG</c> and
/// <c>ENV</c> (both forms, quotes, substitution with the defaults known) and <c>EXPOSE</c>. An instruction Docker
/// does not know, or one before the first <c>FROM</c> other than <c>ARG</c>, makes the file unreadable, as it
/// makes <c>docker build</c> fail.
/// </summary>
internal static class DockerfileReader
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
        "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
    };

    public static (Dockerfile? File, ReadError? Error) Read(string text, CancellationToken cancellationToken)
    {
        var globals = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stages = new List<DockerStage>();
        DockerStage? stage = null;
        foreach (var instruction in DockerfileLines.Split(text, cancellationToken))
        {
            var keyword = instruction.Keyword;
            if (!Keywords.Contains(keyword))
            {
                return (null, ErrorAt(instruction, 0, keyword.Length, "unknown instruction '" + instruction.Text.Substring(0, keyword.Length) + "'"));
            }

            if (stage is null && keyword is not ("FROM" or "ARG"))
            {
                return (null, ErrorAt(instruction, 0, keyword.Length, keyword + " before the first FROM"));
            }

            ReadError? error = null;
            switch (keyword)
            {
                case "FROM":
                    error = ReadFrom(instruction, globals, stages, out stage);
                    break;
                case "ARG":
                    ReadArguments(instruction, stage is null ? globals : stage.Arguments, globals);
                    break;
                case "ENV":
                    error = ReadEnvironment(instruction, stage!);
                    break;
                case "EXPOSE":
                    error = ReadExpose(instruction, stage!);
                    break;
                case "ENTRYPOINT":
                case "CMD":
                    stage!.StartsIis |= instruction.Text.IndexOf("w3svc", StringComparison.OrdinalIgnoreCase) >= 0;
                    break;
            }

            if (error is not null)
            {
                return (null, error);
            }
        }

        return (new Dockerfile(stages), null);
    }

    private static ReadError? ReadFrom(DockerInstruction instruction, Dictionary<string, string?> globals, List<DockerStage> stages, out DockerStage? stage)
    {
        var words = instruction.Words();
        words.RemoveAll(word => word.Word.StartsWith("--", StringComparison.Ordinal));
        stage = null;
        if (words.Count == 0)
        {
            return ErrorAt(instruction, 0, instruction.Keyword.Length, "FROM needs an image");
        }

        var name = words.Count >= 3 && words[1].Word.Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[2].Word : null;
        var image = DockerVariables.Substitute(words[0].Word, key => globals.TryGetValue(key, out var value) ? value : null, "\\$");
        var parent = image is null ? null : stages.FindLast(earlier => string.Equals(earlier.Name, image, StringComparison.OrdinalIgnoreCase));
        stage = new DockerStage(name, parent is null ? image : null, parent);
        stages.Add(stage);
        return null;
    }

    /// <summary><c>ARG NAME[=default] ...</c>; in a stage, a name without default takes the global one.</summary>
    private static void ReadArguments(DockerInstruction instruction, Dictionary<string, string?> scope, Dictionary<string, string?> globals)
    {
        foreach (var (word, _) in instruction.Words())
        {
            var equals = word.IndexOf('=');
            if (equals < 0)
            {
                scope[word] = scope != globals && globals.TryGetValue(word, out var global) ? global : null;
                continue;
            }

            var value = Unquote(word.Substring(equals + 1));
            scope[word.Substring(0, equals)] = DockerVariables.Substitute(value, key => globals.TryGetValue(key, out var known) ? known : null, "\\$");
        }
    }

    private static ReadError? ReadEnvironment(DockerInstruction instruction, DockerStage stage)
    {
        var text = instruction.Text;
        var i = SkipSpaces(text, instruction.ArgumentsStart);
        var firstWordEnd = i;
        while (firstWordEnd < text.Length && !char.IsWhiteSpace(text[firstWordEnd]) && text[firstWordEnd] != '=')
        {
            firstWordEnd++;
        }

        if (firstWordEnd == i)
        {
            return ErrorAt(instruction, 0, instruction.Keyword.Length, "ENV needs a name and a value");
        }

        var lookup = Lookup(stage);
        var added = new List<DockerEnv>();
        if (firstWordEnd == text.Length || text[firstWordEnd] != '=')
        {
            // The old form, ENV NAME value: the rest of the line is the value.
            var valueStart = SkipSpaces(text, firstWordEnd);
            added.Add(Variable(instruction, i, firstWordEnd, valueStart, text.Length, lookup));
        }
        else
        {
            while (i < text.Length)
            {
                var nameEnd = text.IndexOf('=', i);
                if (nameEnd < 0 || HasSpace(text, i, nameEnd))
                {
                    return ErrorAt(instruction, i, Math.Max(1, WordEnd(text, i) - i), "ENV expects NAME=value pairs");
                }

                var valueEnd = ValueEnd(text, nameEnd + 1);
                added.Add(Variable(instruction, i, nameEnd, nameEnd + 1, valueEnd, lookup));
                i = SkipSpaces(text, valueEnd);
            }
        }

        stage.Environment.AddRange(added);
        return null;
    }

    private static DockerEnv Variable(DockerInstruction instruction, int nameStart, int nameEnd, int valueStart, int valueEnd, Func<string, string?> lookup)
    {
        var name = instruction.Text.Substring(nameStart, nameEnd - nameStart);
        var raw = instruction.Text.Substring(valueStart, valueEnd - valueStart);
        if (raw.Length == 0)
        {
            return new DockerEnv(name, instruction.Span(string.Empty, nameStart, nameEnd - nameStart, verbatim: false), instruction.OffsetOf(nameStart), nameEnd - nameStart);
        }

        var unquoted = Unquote(raw);
        var quoted = raw.Length >= 2 && raw[0] is '"' or '\'' && raw[raw.Length - 1] == raw[0];
        var value = quoted && raw[0] == '\'' ? unquoted : DockerVariables.Substitute(unquoted, lookup, "\\$");
        var quoteWidth = quoted ? 1 : 0;
        var exact = value == unquoted && unquoted.Length == raw.Length - (2 * quoteWidth);
        ConfigText? text = value is null
            ? null
            : instruction.Span(value, valueStart, raw.Length, exact) with { TextStart = instruction.OffsetOf(valueStart + quoteWidth) };
        return new DockerEnv(name, text, instruction.OffsetOf(nameStart), nameEnd - nameStart);
    }

    private static ReadError? ReadExpose(DockerInstruction instruction, DockerStage stage)
    {
        var lookup = Lookup(stage);
        foreach (var (word, start) in instruction.Words())
        {
            var slash = word.IndexOf('/');
            var portsLength = slash < 0 ? word.Length : slash;
            var text = instruction.Span(word.Substring(0, portsLength), start, portsLength, verbatim: true);
            if (DockerVariables.Substitute(word, lookup, "\\$") is not { } value)
            {
                stage.Exposes.Add(new DockerExpose(text, null, null, "tcp"));
                continue;
            }

            if (!ContainerPortText.TryParse(value, out var low, out var high, out var protocol))
            {
                return ErrorAt(instruction, start, word.Length, "EXPOSE: '" + value + "' is not a port, a range or a port/protocol");
            }

            stage.Exposes.Add(new DockerExpose(value == word ? text : text with { Exact = false }, low, high, protocol));
        }

        return null;
    }

    /// <summary>A variable's value in <paramref name="stage"/>: its environment, then its build arguments, through the stages it is built on.</summary>
    private static Func<string, string?> Lookup(DockerStage stage) => name =>
    {
        for (var current = stage; current is not null; current = current.Parent)
        {
            for (var i = current.Environment.Count - 1; i >= 0; i--)
            {
                if (current.Environment[i].Name == name)
                {
                    return current.Environment[i].Value?.Text;
                }
            }

            if (current == stage && current.Arguments.TryGetValue(name, out var argument))
            {
                return argument;
            }
        }

        return null;
    };

    /// <summary>The end of an ENV value: the first space outside quotes; the escape character keeps the next one.</summary>
    private static int ValueEnd(string text, int start)
    {
        var quote = '\0';
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                break;
            }
        }

        return Math.Min(i, text.Length);
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[value.Length - 1] == value[0])
        {
            return value.Substring(1, value.Length - 2);
        }

        if (value.IndexOf('\\') < 0)
        {
            return value;
        }

        var unescaped = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length && value[i + 1] != '$')
            {
                i++;
            }

            unescaped.Append(value[i]);
        }

        return unescaped.ToString();
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool HasSpace(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadError ErrorAt(DockerInstruction instruction, int start, int length, string message)
    {
        var text = instruction.Span(string.Empty, start, Math.Max(1, length), verbatim: false);
        return new ReadError(text.Start, text.Length, message);
    }
}
