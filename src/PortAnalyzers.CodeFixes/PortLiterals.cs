using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using PortAnalyzers.Ports;

namespace PortAnalyzers.CodeFixes;

/// <summary>Rewrites the port held by a literal: a number, a URL or URL list, or a list of ports.</summary>
internal static class PortLiterals
{
    public static bool TryGetPort(Diagnostic diagnostic, out long port)
    {
        port = 0;
        return diagnostic.Properties.TryGetValue(FixProperties.Port, out var text)
            && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out port);
    }

    /// <summary>The expression a diagnostic is reported on.</summary>
    public static ExpressionSyntax? ReportedExpression(SyntaxNode root, Diagnostic diagnostic)
    {
        var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        return node switch
        {
            ArgumentSyntax argument => argument.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };
    }

    /// <summary>
    /// The literal with <paramref name="port"/> replaced by <paramref name="newPort"/> (when given) and the hosts of the
    /// URLs on that port replaced by <paramref name="newHost"/> (when it returns one); null when the expression is not
    /// a literal holding that port or nothing changes. A URL that leaves the port to its scheme gets an explicit one
    /// when <paramref name="rewriteDefaultPort"/> is set.
    /// </summary>
    public static ExpressionSyntax? Rewrite(ExpressionSyntax expression, long port, int? newPort, bool rewriteDefaultPort = false, Func<EndpointUrl, string?>? newHost = null)
    {
        if (expression is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        if (literal.IsKind(SyntaxKind.NumericLiteralExpression))
        {
            return newPort is { } number && literal.Token.Value is int value && value == port
                ? SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(number)).WithTriviaFrom(literal)
                : null;
        }

        if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.Value is not string text)
        {
            return null;
        }

        var rewritten = text.IndexOf("://", StringComparison.Ordinal) >= 0
            ? RewriteUrls(text, port, newPort, rewriteDefaultPort, newHost)
            : newPort is { } listPort ? RewritePortList(text, port, listPort) : null;
        return rewritten is null || rewritten == text
            ? null
            : SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(rewritten)).WithTriviaFrom(literal);
    }

    private static string? RewriteUrls(string text, long port, int? newPort, bool rewriteDefaultPort, Func<EndpointUrl, string?>? newHost)
    {
        var portText = newPort?.ToString(CultureInfo.InvariantCulture);
        var edits = new List<(int Start, int Length, string Text)>();
        foreach (var url in EndpointUrl.ParseList(text).Where(u => u.Port == port))
        {
            if (newHost?.Invoke(url) is { } host)
            {
                edits.Add((url.HostStart, url.Host.Length, host));
            }

            if (portText is null)
            {
                continue;
            }

            if (url.HasExplicitPort)
            {
                edits.Add((url.PortStart, url.PortLength, portText));
            }
            else if (rewriteDefaultPort)
            {
                edits.Add((url.HostStart + url.Host.Length, 0, ":" + portText));
            }
        }

        return edits.Count == 0 ? null : Apply(text, edits);
    }

    private static string? RewritePortList(string text, long port, int newPort)
    {
        var items = text.Split(';');
        var changed = false;
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i].Trim();
            if (long.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value == port)
            {
                items[i] = items[i].Replace(item, newPort.ToString(CultureInfo.InvariantCulture));
                changed = true;
            }
        }

        return changed ? string.Join(";", items) : null;
    }

    private static string Apply(string text, List<(int Start, int Length, string Text)> edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (start, length, replacement) in edits.OrderByDescending(e => e.Start))
        {
            builder.Remove(start, length).Insert(start, replacement);
        }

        return builder.ToString();
    }
}
