using System.Runtime.CompilerServices;
using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>
/// Each JSON configuration file read once, whichever checks ask for it: its own (PORT001-PORT009), the container
/// checks of a Dockerfile (PORT012) and the other projects' conflicts (PORT013) each read the appsettings and
/// launchSettings of the project, which made two in five of the JSON reads on yarp repeats. One instance per
/// compilation; a document is kept by its text, which an additional file returns as the same string each time.
/// </summary>
internal sealed class JsonDocuments
{
    private readonly ConditionalWeakTable<string, ParsedJson> byText = new();

    /// <summary>The reader the files take in turn; a read that finds it taken (files analyzed at once) makes another.</summary>
    private JsonReader? spareReader;

    public ParsedJson Of(string text, ConfigFileKind kind, CancellationToken cancellationToken)
    {
        var document = byText.TryGetValue(text, out var known) ? known : ReadOnce(text, kind, cancellationToken);

        // One string can be the text of two files of different kinds (every empty file is string.Empty): the second
        // kind is read again, not kept.
        return document.Kind == kind ? document : Read(text, kind, cancellationToken);
    }

    /// <summary>
    /// Reads a text no check has read yet. A method of its own because its lambda captures the arguments: in
    /// <see cref="Of"/> it would be allocated on every call, for the known texts too.
    /// </summary>
    private ParsedJson ReadOnce(string text, ConfigFileKind kind, CancellationToken cancellationToken)
        => byText.GetValue(text, t => Read(t, kind, cancellationToken));

    private ParsedJson Read(string text, ConfigFileKind kind, CancellationToken cancellationToken)
    {
        var reader = Interlocked.Exchange(ref spareReader, null) ?? new JsonReader();
        try
        {
            return ParsedJson.Read(text, kind, reader, cancellationToken);
        }
        finally
        {
            Volatile.Write(ref spareReader, reader);
        }
    }
}
