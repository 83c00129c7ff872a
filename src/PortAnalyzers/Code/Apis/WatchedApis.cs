using System.Collections.Immutable;
using PortAnalyzers.Ports;
using static PortAnalyzers.Code.Operands;

namespace PortAnalyzers.Code;

/// <summary>
/// Every API whose operands the rules read, one row per API shape: the type and member, which argument is the port,
/// host, endpoint, URL or connection string, and the role of its port. The same rows drive the cheap first look at
/// each operation (<see cref="WatchedApiIndex"/>) and the extraction; a new API is a new row here.
/// </summary>
internal static class WatchedApis
{
    private static readonly KnownTypes Types = KnownTypes.Instance;

    /// <summary>Every ADO.NET provider's connection and connection string builder, which all end their names so.</summary>
    private static readonly Receiver AdoNet = Receiver.OfOrDerived(new[] { "Connection", "ConnectionStringBuilder" }, Types.DbConnection, Types.DbConnectionStringBuilder);

    /// <summary>
    /// The request methods that take a <c>requestUri</c>: HttpClient's own, System.Net.Http.Json's extensions, and those
    /// of Microsoft.AspNet.WebApi.Client. Named rather than matched by their <c>…Async</c> ending, which most calls of
    /// an asynchronous codebase share: each would be a candidate whose receiver is compared.
    /// </summary>
    internal static readonly string[] HttpClientRequestMethods =
    {
        "GetAsync", "GetByteArrayAsync", "GetStreamAsync", "GetStringAsync", "PostAsync", "PutAsync", "PatchAsync", "DeleteAsync",
        "GetFromJsonAsync", "GetFromJsonAsAsyncEnumerable", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "DeleteFromJsonAsync",
        "PostAsXmlAsync", "PutAsXmlAsync",
    };

    public static ImmutableArray<WatchedApi> All { get; } = ImmutableArray.Create(
        // Sockets.
        WatchedApi.Creation(Receiver.Of(Types.TcpListener), Endpoint("localEP", PortRole.Listen)),
        WatchedApi.Creation(Receiver.Of(Types.TcpListener), Port("port", PortRole.Listen, host: "localaddr")),
        WatchedApi.Call(Receiver.Of(Types.TcpListener), Port("port", PortRole.Listen), "Create"),
        WatchedApi.Creation(Receiver.Of(Types.UdpClient), SocketOperands.UdpClientLocalPort),
        WatchedApi.Creation(Receiver.Of(Types.TcpClient), Endpoint("localEP", PortRole.ClientSource)),
        WatchedApi.Creation(Receiver.Of(Types.TcpClient, Types.UdpClient), Target("hostname", "port")),
        WatchedApi.Call(Receiver.Of(Types.Socket), SocketOperands.Bind, "Bind"),
        WatchedApi.Call(Receiver.Of(Types.TcpClient, Types.UdpClient, Types.Socket), SocketOperands.Connect, "Connect", "ConnectAsync", "BeginConnect", "Send", "SendAsync"),

        // HTTP servers. A row of the host's own server (HostServerCall) is not read where a WebApplicationFactory's
        // TestServer replaces that server.
        WatchedApi.HostServerCall(Receiver.Of(Types.KestrelServerOptions), BindingGroup.KestrelOptions, Endpoint("endPoint", PortRole.Listen, "http"), "Listen"),
        WatchedApi.HostServerCall(Receiver.Of(Types.KestrelServerOptions), BindingGroup.KestrelOptions, Port("port", PortRole.Listen, host: "address", scheme: "http"), "Listen"),
        WatchedApi.HostServerCall(Receiver.Of(Types.KestrelServerOptions), BindingGroup.KestrelOptions, Port("port", PortRole.Listen, scheme: "http"), "ListenAnyIP"),

        // Kestrel refuses port 0 on localhost, so no fix may write it here.
        WatchedApi.HostServerCall(Receiver.Of(Types.KestrelServerOptions), BindingGroup.KestrelOptions, Port("port", PortRole.Listen, otherwise: HostScope.Loopback, scheme: "http", acceptsPortZero: false), "ListenLocalhost"),
        WatchedApi.HostServerCall(Receiver.Of(Types.WebHostBuilderExtensions), BindingGroup.OwnCall, Urls("urls", PortRole.Listen), "UseUrls"),
        WatchedApi.CallOnProperty(Types.WebApplication, "Urls", BindingGroup.AppUrls, Urls("item", PortRole.Listen), "Add"),
        WatchedApi.HostServerCall(Receiver.Of(Types.WebHostBuilderInterface, Types.WebHostBuilder, Types.ConfigureWebHostBuilder), BindingGroup.OwnCall, ListenerSetting("key", "value"), "UseSetting"),
        WatchedApi.Call(Receiver.Of(Types.WebApplication), Urls("url", PortRole.Listen), "Run", "RunAsync"),

        // Prefixes get no "port 0" fix: HttpListener cannot bind port 0, and ASP.NET Core's http.sys server refuses it for
        // https and for http picks a port of its own in 5000-48000. http.sys shares a port between prefixes (no group).
        WatchedApi.Call(Receiver.Of(Types.HttpListenerPrefixCollection), Urls("uriPrefix", PortRole.Listen, acceptsPortZero: false), "Add"),
        WatchedApi.HostServerCall(Receiver.Of(Types.HttpSysUrlPrefixCollection), BindingGroup.None, Urls("prefix", PortRole.Listen, acceptsPortZero: false), "Add"),
        WatchedApi.HostServerCall(Receiver.Of(Types.HttpSysUrlPrefix), BindingGroup.None, Urls("prefix", PortRole.Listen, acceptsPortZero: false), "Create"),
        WatchedApi.Call(Receiver.Of(Types.Environment), ListenerSetting("variable", "value", prefix: ListenSettings.VariablePrefix), "SetEnvironmentVariable"),

        // HTTP clients, gRPC channels and SignalR hubs (a Uri argument is found where the Uri is created); ws/wss and
        // service URIs are read as connection strings where they are written.
        WatchedApi.Creation(Receiver.Of(Types.Uri), ClientUrl("uriString")),
        WatchedApi.Creation(Receiver.Of(Types.HttpRequestMessage), ClientUrl("requestUri")),
        WatchedApi.Call(Receiver.OfOrExtending(Types.HttpClient), ClientUrl("requestUri"), HttpClientRequestMethods),
        WatchedApi.Call(Receiver.Of(Types.GrpcChannel), ClientUrl("address"), "ForAddress"),
        WatchedApi.Call(Receiver.Of(Types.HubConnectionBuilderHttpExtensions), ClientUrl("url"), "WithUrl"),

        // Aspire AppHosts: every endpoint of the AppHost starts together (PORT009).
        WatchedApi.Call(Receiver.Of(Types.AspireResourceBuilderExtensions), BindingGroup.AppHost, AspireOperands.Endpoint(scheme: null), "WithEndpoint"),
        WatchedApi.Call(Receiver.Of(Types.AspireResourceBuilderExtensions), BindingGroup.AppHost, AspireOperands.Endpoint("http"), "WithHttpEndpoint"),
        WatchedApi.Call(Receiver.Of(Types.AspireResourceBuilderExtensions), BindingGroup.AppHost, AspireOperands.Endpoint("https"), "WithHttpsEndpoint"),
        WatchedApi.Call(
            Receiver.InNamespace("Aspire.Hosting"),
            BindingGroup.AppHost,
            AspireOperands.HostPort,
            "AddRedis", "AddPostgres", "AddRabbitMQ", "AddValkey", "AddGarnet", "AddMySql", "AddSqlServer", "AddMongoDB", "AddOracle", "AddKafka", "AddNats", "AddSeq", "AddElasticsearch", "AddQdrant", "AddMilvus", "AddKeycloak", "AddMailPit", "WithHostPort", "WithManagementPlugin"),
        WatchedApi.Assignment(Receiver.Of(Types.AspireEndpointAnnotation), AspireOperands.HostPortProperties, AspireOperands.CallbackPort),

        // Orleans silos and clients: a silo's two ports start together (PORT009).
        WatchedApi.Call(Receiver.Of(Types.OrleansEndpointOptionsExtensions), BindingGroup.OwnCall, OrleansOperands.ConfigureEndpoints, "ConfigureEndpoints"),
        WatchedApi.Call(Receiver.Of(Types.OrleansSiloHostingExtensions), BindingGroup.OwnCall, OrleansOperands.LocalhostSilo, "UseLocalhostClustering"),
        WatchedApi.Call(Receiver.Of(Types.OrleansClientBuilderExtensions), OrleansOperands.LocalhostClient, "UseLocalhostClustering"),
        WatchedApi.Assignment(Receiver.Of(Types.OrleansEndpointOptions), OrleansOperands.EndpointOptionProperties, OrleansOperands.EndpointOption),

        // Test containers: the host port a container publishes on (every module builder derives from ContainerBuilder<,,>).
        WatchedApi.Call(Receiver.Of(Types.TestcontainersBuilder, Types.TestcontainersBuilderInterface), ContainerOperands.PortBinding, "WithPortBinding"),

        // Connection strings passed to the APIs that take them, and ADO.NET builder keys.
        WatchedApi.Creation(AdoNet, ConnectionStringOperands.Ado("connectionString")),
        WatchedApi.Call(AdoNet, ConnectionStringOperands.AdoAdd, "Add"),
        WatchedApi.Assignment(AdoNet, ConnectionStringOperands.BuilderProperties, ConnectionStringOperands.AdoAssignment),
        WatchedApi.Call(Receiver.Of(Types.RedisConnectionMultiplexer), ConnectionStringOperands.Redis("configuration"), "Connect", "ConnectAsync"),
        WatchedApi.Call(Receiver.Of(Types.RedisConfigurationOptions), ConnectionStringOperands.Redis("configuration"), "Parse"),
        WatchedApi.Call(Receiver.Of(Types.RedisEndPointCollection), ConnectionStringOperands.RedisEndPoint, "Add"));
}
