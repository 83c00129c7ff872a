using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>
/// A JSON configuration file as the checks read it: an appsettings file with its configuration paths nested
/// (<see cref="JsonValue.NestKeyPaths"/>) and its first duplicate key, a launchSettings file as written.
/// Never changed once read, so any number of checks may share it (<see cref="JsonDocuments"/>).
/// </summary>
/// <param name="Kind">The kind it was read as, which decides the nesting.</param>
/// <param name="Root">The document; null when it cannot be read (<paramref name="Error"/>).</param>
/// <param name="Error">Why it cannot be read.</param>
/// <param name="DuplicateKey">A key an appsettings file sets twice, which .NET configuration refuses to load.</param>
internal sealed record ParsedJson(ConfigFileKind Kind, JsonValue? Root, ReadError? Error, ReadError? DuplicateKey)
{
    public static ParsedJson Read(string text, ConfigFileKind kind, JsonReader reader, CancellationToken cancellationToken)
    {
        var (root, error) = reader.ReadDocument(text, cancellationToken);
        ReadError? duplicate = null;
        if (root is not null && kind == ConfigFileKind.AppSettings)
        {
            // On the keys as written: nesting makes objects that have no place of their own in the text.
            duplicate = ConfigurationKeys.FindDuplicate(root, cancellationToken);
            root.NestKeyPaths();
        }

        return new ParsedJson(kind, root, error, duplicate);
    }
}
