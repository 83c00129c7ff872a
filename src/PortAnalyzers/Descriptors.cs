using Microsoft.CodeAnalysis;

namespace PortAnalyzers;

/// <summary>The catalog: every rule this package reports.</summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/portanalyzers/portanalyzers/blob/main/docs/rules/";

    private const string Reliability = "Reliability";
    private const string Security = "Security";
    private const string Usage = "Usage";
    private const string Configuration = "Configuration";

    public static readonly DiagnosticDescriptor ListenerInDynamicRange = new(
        id: DiagnosticIds.ListenerInDynamicRange,
        title: "Listening port in the dynamic range",
        messageFormat: "Port {0} is in the dynamic range {1}, which the OS hands out to outgoing connections; listening on it fails at random (on Windows, 'netsh int ipv4 show excludedportrange protocol=tcp' lists the ranges it reserves)",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A server that listens on a port in the dynamic (ephemeral) range collides, at random, with outgoing connections and with the port ranges Windows and Hyper-V exclude; tests on such ports flake. Use a registered port (1024-49151) or port 0.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ListenerInDynamicRange + ".md");

    public static readonly DiagnosticDescriptor FixedClientSourcePort = new(
        id: DiagnosticIds.FixedClientSourcePort,
        title: "Client binds a fixed source port",
        messageFormat: "The client binds its local port to {0}; reconnecting fails while the old connection is in TIME_WAIT and a second instance cannot start, so let the OS choose the source port (0)",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A client that binds a fixed local port before connecting cannot reconnect while its previous connection lingers in TIME_WAIT, and two instances of it cannot run at once.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.FixedClientSourcePort + ".md");

    public static readonly DiagnosticDescriptor WellKnownPortExposed = new(
        id: DiagnosticIds.WellKnownPortExposed,
        title: "Well-known port exposed beyond loopback",
        messageFormat: "Port {0} is {1} and listens on {2}; it needs root or administrator rights and is what port scanners probe",
        category: Security,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Listening on a port below 1024 needs elevated rights (the .NET 8 container images moved from 80 to 8080 for this) and exposes the service where scanners look first.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.WellKnownPortExposed + ".md");

    public static readonly DiagnosticDescriptor InvalidPort = new(
        id: DiagnosticIds.InvalidPort,
        title: "Port outside 0-65535",
        messageFormat: "Port {0} is outside 0-65535; the call throws at run time",
        category: Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A port is a 16-bit number; the networking APIs throw ArgumentOutOfRangeException (or fail to parse the URL) for anything else.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidPort + ".md");

    public static readonly DiagnosticDescriptor TargetInDynamicRange = new(
        id: DiagnosticIds.TargetInDynamicRange,
        title: "Client connects to a port in the dynamic range",
        messageFormat: "The client connects to port {0}, which is in the dynamic range {1}; a service on such a port is usually a container or test host mapping or a dynamic SQL Server port, and the connection breaks when it changes",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A port in the dynamic (ephemeral) range is handed out by the OS or by Docker, Testcontainers or SQL Server named instances at run time. A client that has one written in its code or connection string works until the next restart of the service.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.TargetInDynamicRange + ".md");

    public static readonly DiagnosticDescriptor HttpClientPerOperation = new(
        id: DiagnosticIds.HttpClientPerOperation,
        title: "HttpClient created per operation",
        messageFormat: "The HttpClient {0} lives for a single {1}; each disposed client leaves its connections in TIME_WAIT, holding an ephemeral port for minutes, so under load the host runs out of ports",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An HttpClient opens its own connections and closes them when it is disposed; each closed connection keeps its ephemeral port in TIME_WAIT for minutes. Creating a client per call or per request exhausts the ports under load (SocketException: address already in use). Share a static HttpClient or use IHttpClientFactory.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.HttpClientPerOperation + ".md");

    public static readonly DiagnosticDescriptor BrowserBlockedPort = new(
        id: DiagnosticIds.BrowserBlockedPort,
        title: "HTTP endpoint on a port that browsers block",
        messageFormat: "Port {0} is on the browsers' list of unsafe ports; a browser refuses {1} requests to it (ERR_UNSAFE_PORT)",
        category: Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Browsers refuse HTTP(S) and WebSocket connections to the ports of the WHATWG Fetch standard's bad port list (such as 6000, 6665-6669, 10080), so a site or API served there cannot be opened in a browser.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.BrowserBlockedPort + ".md");

    public static readonly DiagnosticDescriptor DuplicateBinding = new(
        id: DiagnosticIds.DuplicateBinding,
        title: "Port bound twice",
        messageFormat: "Port {0} is already bound by an earlier binding of the same server (line {1}); the server fails at start-up with 'address already in use'",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two bindings of one server that claim the same port on overlapping addresses cannot both be bound. All interfaces overlap every address, and localhost, 127.0.0.1 and [::1] overlap each other; 'http://localhost:5031;http://*:5031' starts on Windows but fails on Linux.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateBinding + ".md");

    public static readonly DiagnosticDescriptor InvalidOption = new(
        id: DiagnosticIds.InvalidOption,
        title: "Invalid port_analyzers option",
        messageFormat: "The value '{1}' of option '{0}' cannot be parsed ({2}); the default is used",
        category: Configuration,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An option in .editorconfig, .globalconfig or an MSBuild property could not be parsed, so the analyzers fall back to its default.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidOption + ".md");

    public static readonly DiagnosticDescriptor UnreadableConfigFile = new(
        id: DiagnosticIds.UnreadableConfigFile,
        title: "Configuration file cannot be read",
        messageFormat: "{0} cannot be read ({1}), so what loads it fails at start-up and its ports go unchecked",
        category: Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "appsettings*.json, launchSettings.json or NuGet.config is malformed (JSON as .NET configuration reads it: comments and trailing commas allowed, an object at the top, at most 64 levels deep, no key set twice; well-formed XML), so the app or the tool that loads it fails at start-up, and its ports cannot be checked.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.UnreadableConfigFile + ".md");

    public static readonly DiagnosticDescriptor FixedTestContainerHostPort = new(
        id: DiagnosticIds.FixedTestContainerHostPort,
        title: "Test container binds a fixed host port",
        messageFormat: "The test container publishes its port on the fixed host port {0}; a second test run, a parallel test or another job on the same agent fails with 'port is already allocated', so let Testcontainers pick a random host port",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Testcontainers' WithPortBinding(hostPort, containerPort) or WithPortBinding(port) publishes the container's port on a fixed port of the machine. Tests that run in parallel, a second run while a container still stops, or other jobs on a shared CI agent then fail with 'port is already allocated'. Bind with WithPortBinding(containerPort, true) and read the port with GetMappedPublicPort(containerPort).",
        helpLinkUri: HelpLinkBase + DiagnosticIds.FixedTestContainerHostPort + ".md");

    public static readonly DiagnosticDescriptor ContainerPortNotListenedOn = new(
        id: DiagnosticIds.ContainerPortNotListenedOn,
        title: "Container sends traffic to a port the app does not listen on",
        messageFormat: "{0}, but {1}; requests to the container get no answer",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A Dockerfile EXPOSE, a compose port mapping or a ContainerPort item names a port inside the container that the app does not listen on, or ASPNETCORE_URLS and ASPNETCORE_HTTP(S)_PORTS are both set and the second is ignored. The container starts, the app logs no error, and every request times out. Since .NET 8 the ASP.NET Core images make the app listen on 8080, not 80.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.ContainerPortNotListenedOn + ".md");

    public static readonly DiagnosticDescriptor PortUsedByAnotherProject = new(
        id: DiagnosticIds.PortUsedByAnotherProject,
        title: "Port also used by another project",
        messageFormat: "Port {0} is also claimed by project '{1}' ({2}, line {3}); when both run, the second to start fails with 'address already in use'",
        category: Reliability,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Two projects of one solution (or two projects of one Aspire AppHost) listen on the same port on overlapping addresses: each works alone, and they fail together at start-up. Give each service its own ports, or let the OS or Aspire assign them.",
        helpLinkUri: HelpLinkBase + DiagnosticIds.PortUsedByAnotherProject + ".md");
}
