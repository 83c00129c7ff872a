using System.Threading;

namespace PortAnalyzers.Config;

/// <summary>
/// A JSON configuration file as the checks read it: an appsettings file with its configuration paths nested
/// (<see cref="JsonValue.NestKeyPaths"/>) and its first duplicate key, a launchSettings file as written.
/// Never changed once read, so any number of checks may share it.
/// </summary>
internal sealed class JsonDocument
{
    private JsonDocument(ConfigFileKind kind, JsonValue? root, ReadError? error, ReadError? duplicateKey)
    {
        Kind = kind;
        Root = root;
        Error = error;
        DuplicateKey = duplicateKey;
    }

    public ConfigFileKind Kind { get; }

    /// <summary>The document; null when it cannot be read (<see cref="Error"/>).</summary>
    public JsonValue? Root { get; }

    public ReadError? Error { get; }

    /// <summary>A key written twice in one object of an appsettings file, which .NET configuration refuses to load.</summary>
    public ReadError? DuplicateKey { get; }

    public static JsonDocument Read(string text, ConfigFileKind kind, CancellationToken cancellationToken)
    {
        var (root, error) = JsonReader.Read(text, cancellationToken);
        ReadError? duplicate = null;
        if (root is not null && kind == ConfigFileKind.AppSettings)
        {
            // On the keys as written: nesting makes objects that have no place of their own in the text.
            duplicate = ConfigurationKeys.FindDuplicate(root, cancellationToken);
            root.NestKeyPaths();
        }

        return new JsonDocument(kind, root, error, duplicate);
    }
}
