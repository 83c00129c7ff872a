namespace PortAnalyzers;

/// <summary>Keys of the diagnostic properties the code fixes read.</summary>
public static class FixProperties
{
    /// <summary>The port the diagnostic is about.</summary>
    public const string Port = "Port";

    /// <summary>Set when the API accepts port 0 (the OS picks); a fix may then write 0.</summary>
    public const string AcceptsPortZero = "AcceptsPortZero";

    /// <summary>Set on PORT002 for <c>Socket.Bind</c> calls, which a fix may remove.</summary>
    public const string IsBindCall = "IsBindCall";

    /// <summary>Set on PORT006 when a static HttpClient can take the local's place unchanged.</summary>
    public const string CanShareStatic = "CanShareStatic";
}
