using System.IO;
using System.Threading;
using System.Xml;
using System.Xml.Linq;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>
/// The package source URLs of <c>NuGet.config</c> (<c>configuration/packageSources/add/@value</c>). Plain
/// <c>http://</c> is NuGet's own NU1803; here only the port counts. Comments are not elements, so commented-out
/// sources are never read.
/// </summary>
internal static class NuGetConfigReader
{
    public static ReadError? Read(string text, ConfigPortCollector ports, CancellationToken cancellationToken)
    {
        // XmlReader takes a byte order mark in a string for content; offsets below count it back in.
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(bom == 0 ? text : text.Substring(bom)), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException exception)
        {
            var offset = bom + TextOffsets.Of(text, bom, exception.LineNumber, exception.LinePosition);
            return new ReadError(offset, offset < text.Length ? 1 : 0, Describe(exception));
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "configuration")
        {
            return null;
        }

        foreach (var sources in root.Elements("packageSources"))
        {
            foreach (var add in sources.Elements("add"))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (add.Attribute("value") is { } value)
                {
                    AddSource(text, bom, value, ports);
                }
            }
        }

        return null;
    }

    private static void AddSource(string text, int bom, XAttribute attribute, ConfigPortCollector ports)
    {
        var value = attribute.Value;
        if (!EndpointUrl.TryParse(value, out var url) || url.Port is not { } port || !url.HasExplicitPort)
        {
            return;
        }

        // NuGet is no browser: no scheme, so the browser's blocked ports do not apply.
        var usage = new PortUsage(PortRole.ClientTarget, url.HostScope, port);
        var (start, length) = ValueSpan(text, bom, attribute, url);
        ports.Ports.Add(new ConfigPort(usage, url.Host, start, length, ConfigPort.NoGroup, ValidityOnly: false));
    }

    /// <summary>The port's digits in the file when the attribute is written without entities; otherwise the attribute.</summary>
    private static (int Start, int Length) ValueSpan(string text, int bom, XAttribute attribute, EndpointUrl url)
    {
        var info = (IXmlLineInfo)attribute;
        var nameStart = bom + TextOffsets.Of(text, bom, info.LineNumber, info.LinePosition);
        var quote = text.IndexOfAny(Quotes, nameStart);
        if (quote < 0)
        {
            return (nameStart, 0);
        }

        var close = text.IndexOf(text[quote], quote + 1);
        var rawLength = (close < 0 ? text.Length : close) - quote - 1;
        return rawLength == attribute.Value.Length && string.CompareOrdinal(text, quote + 1, attribute.Value, 0, rawLength) == 0
            ? (quote + 1 + url.PortStart, url.PortLength)
            : (nameStart, (close < 0 ? text.Length : close + 1) - nameStart);
    }

    private static readonly char[] Quotes = { '"', '\'' };

    /// <summary>XmlException messages end with "Line n, position m." which the diagnostic's location already says.</summary>
    private static string Describe(XmlException exception)
    {
        var message = exception.Message;
        var at = message.LastIndexOf(" Line ", System.StringComparison.Ordinal);
        return (at > 0 ? message.Substring(0, at) : message).TrimEnd('.', ' ');
    }
}
