using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PortAnalyzers.Tests.Config;

/// <summary>
/// Random compose-like documents written in the styles people mix: block and flow collections, sequences indented or
/// at their key's column, indentation of two or four, plain, single- and double-quoted values. Each value is written
/// in a style YAML allows for it, so every document is valid and a full parser reads it.
/// </summary>
internal sealed class RandomYamlWriter
{
    private static readonly string[] Keys =
    {
        "services", "web", "api", "ports", "expose", "environment", "image", "build", "context", "labels", "x-defaults",
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "com.example.label", "depends_on", "target", "published", "host_ip",
        "healthcheck", "test", "command", "networks", "ConnectionStrings__Db",
    };

    private static readonly string[] Values =
    {
        "8080", "8080:80", "127.0.0.1:8001:8001", "[::1]:6001:6001", "9090-9091:8080-8081", "6060:6060/udp",
        "http://+:80", "https://localhost:5001;http://localhost:5000", "${WEB_PORT:-80}:8080", "$$HOME", "nginx:alpine",
        "Host=db;Port=5432;Database=app", "true", "a b  c", "it's", "say \"hi\"", "C:\\app\\bin", "#not a comment",
        "key: value", "- dash", "tab\there", "caf\u00e9", "50000-50010", "  padded  ", "", "a#b", "[x]", "{y}", "*star",
        "&amp", "!bang", "%percent", "@at", "`tick`", "x: ", ":colon", "?what", "|pipe", ">gt",
    };

    private readonly Random random;
    private readonly int indent;
    private readonly StringBuilder text = new();

    public RandomYamlWriter(Random random)
    {
        this.random = random;
        indent = random.Next(2) == 0 ? 2 : 4;
    }

    public string Write()
    {
        WriteMapping(0, depth: 0);
        return text.ToString();
    }

    private void WriteMapping(int column, int depth)
    {
        foreach (var key in Pick(Keys, 1 + random.Next(4)))
        {
            text.Append(' ', column).Append(key).Append(':');
            WriteValue(column, depth + 1);
        }
    }

    private void WriteValue(int keyColumn, int depth)
    {
        switch (depth >= 4 ? 0 : random.Next(5))
        {
            case 0:
            case 1:
                text.Append(' ').Append(Scalar(Values[random.Next(Values.Length)], inFlow: false)).Append('\n');
                break;
            case 2:
                text.Append('\n');
                WriteMapping(keyColumn + indent, depth);
                break;
            case 3:
                text.Append('\n');
                WriteSequence(random.Next(2) == 0 ? keyColumn : keyColumn + indent, depth);
                break;
            default:
                text.Append(' ').Append(Flow(depth)).Append('\n');
                break;
        }
    }

    private void WriteSequence(int column, int depth)
    {
        for (var i = 1 + random.Next(4); i > 0; i--)
        {
            text.Append(' ', column).Append('-');
            if (depth < 4 && random.Next(4) == 0)
            {
                // A compact mapping: its first key on the dash's line, the others at the same column.
                var keys = Pick(Keys, 1 + random.Next(3));
                for (var k = 0; k < keys.Count; k++)
                {
                    text.Append(' ', k == 0 ? 1 : column + 2).Append(keys[k]).Append(": ").Append(Scalar(Values[random.Next(Values.Length)], inFlow: false)).Append('\n');
                }
            }
            else
            {
                text.Append(' ').Append(Scalar(Values[random.Next(Values.Length)], inFlow: false)).Append('\n');
            }
        }
    }

    private string Flow(int depth)
    {
        var values = Pick(Values, random.Next(4));
        if (random.Next(2) == 0)
        {
            return "[" + string.Join(", ", values.Select(v => depth < 3 && random.Next(5) == 0 ? Flow(depth + 1) : Scalar(v, inFlow: true))) + "]";
        }

        var keys = Pick(Keys, values.Count);
        return "{" + string.Join(", ", keys.Zip(values, (k, v) => k + ": " + Scalar(v, inFlow: true))) + "}";
    }

    /// <summary>The value plain where YAML reads it back unchanged, else quoted in one of the two styles.</summary>
    private string Scalar(string value, bool inFlow)
    {
        var style = random.Next(3);
        if (style == 0 && IsPlainSafe(value, inFlow))
        {
            return value;
        }

        return style == 1 || value.Contains('\t', StringComparison.Ordinal)
            ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\""
            : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static bool IsPlainSafe(string value, bool inFlow)
        => value.Length > 0
           && value.Trim() == value
           && "-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0], StringComparison.Ordinal) < 0
           && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
           && !(inFlow && value.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) >= 0)
           && value is not ("true" or "null" or "~");

    private List<string> Pick(string[] pool, int count) => pool.OrderBy(_ => random.Next()).Take(count).ToList();
}
