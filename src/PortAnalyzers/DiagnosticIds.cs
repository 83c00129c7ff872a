namespace PortAnalyzers;

/// <summary>The rule ids: a public contract that users write in .editorconfig and suppressions.</summary>
public static class DiagnosticIds
{
    public const string ListenerInDynamicRange = "PORT001";
    public const string FixedClientSourcePort = "PORT002";
    public const string WellKnownPortExposed = "PORT003";
    public const string InvalidPort = "PORT004";
    public const string TargetInDynamicRange = "PORT005";
    public const string HttpClientPerOperation = "PORT006";
    public const string UnreadableConfigFile = "PORT007";
    public const string BrowserBlockedPort = "PORT008";
    public const string DuplicateBinding = "PORT009";
    public const string InvalidOption = "PORT010";
    public const string FixedTestContainerHostPort = "PORT011";
    public const string ContainerPortNotListenedOn = "PORT012";
    public const string PortUsedByAnotherProject = "PORT013";
}
