using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>The framework types the extractors recognise (see <see cref="KnownType"/>): one shared, immutable instance.</summary>
internal sealed class KnownTypes
{
    private KnownTypes()
    {
    }

    public static KnownTypes Instance { get; } = new();

    public KnownType IPAddress { get; } = new("System.Net.IPAddress");

    public KnownType IPEndPoint { get; } = new("System.Net.IPEndPoint");

    public KnownType DnsEndPoint { get; } = new("System.Net.DnsEndPoint");

    public KnownType Socket { get; } = new("System.Net.Sockets.Socket");

    public KnownType TcpListener { get; } = new("System.Net.Sockets.TcpListener");

    public KnownType TcpClient { get; } = new("System.Net.Sockets.TcpClient");

    public KnownType UdpClient { get; } = new("System.Net.Sockets.UdpClient");

    public KnownType HttpListenerPrefixCollection { get; } = new("System.Net.HttpListenerPrefixCollection");

    public KnownType HttpSysUrlPrefix { get; } = new("Microsoft.AspNetCore.Server.HttpSys.UrlPrefix");

    public KnownType HttpSysUrlPrefixCollection { get; } = new("Microsoft.AspNetCore.Server.HttpSys.UrlPrefixCollection");

    public KnownType Environment { get; } = new("System.Environment");

    public KnownType KestrelServerOptions { get; } = new("Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions");

    public KnownType WebHostBuilderExtensions { get; } = new("Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions");

    public KnownType WebHostBuilderInterface { get; } = new("Microsoft.AspNetCore.Hosting.IWebHostBuilder");

    public KnownType WebHostBuilder { get; } = new("Microsoft.AspNetCore.Hosting.WebHostBuilder");

    public KnownType WebHostDefaults { get; } = new("Microsoft.AspNetCore.Hosting.WebHostDefaults");

    public KnownType ConfigureWebHostBuilder { get; } = new("Microsoft.AspNetCore.Builder.ConfigureWebHostBuilder");

    public KnownType WebApplication { get; } = new("Microsoft.AspNetCore.Builder.WebApplication");

    public KnownType Uri { get; } = new("System.Uri");

    public KnownType HttpClient { get; } = new("System.Net.Http.HttpClient");

    public KnownType HttpRequestMessage { get; } = new("System.Net.Http.HttpRequestMessage");

    public KnownType DbConnection { get; } = new("System.Data.Common.DbConnection");

    public KnownType DbConnectionStringBuilder { get; } = new("System.Data.Common.DbConnectionStringBuilder");

    public KnownType RedisConnectionMultiplexer { get; } = new("StackExchange.Redis.ConnectionMultiplexer");

    public KnownType RedisConfigurationOptions { get; } = new("StackExchange.Redis.ConfigurationOptions");

    public KnownType RedisEndPointCollection { get; } = new("StackExchange.Redis.EndPointCollection");

    public KnownType GrpcChannel { get; } = new("Grpc.Net.Client.GrpcChannel");

    public KnownType HubConnectionBuilderHttpExtensions { get; } = new("Microsoft.AspNetCore.SignalR.Client.HubConnectionBuilderHttpExtensions");

    public KnownType TestcontainersBuilder { get; } = new("DotNet.Testcontainers.Builders.ContainerBuilder");

    public KnownType TestcontainersBuilderInterface { get; } = new("DotNet.Testcontainers.Builders.IContainerBuilder");

    public KnownType AspireResourceBuilderExtensions { get; } = new("Aspire.Hosting.ResourceBuilderExtensions");

    public KnownType AspireEndpointAnnotation { get; } = new("Aspire.Hosting.ApplicationModel.EndpointAnnotation");

    public KnownType AspireProjectResource { get; } = new("Aspire.Hosting.ApplicationModel.ProjectResource");

    public KnownType AspireExecutableResource { get; } = new("Aspire.Hosting.ApplicationModel.ExecutableResource");

    public KnownType OrleansEndpointOptionsExtensions { get; } = new("Orleans.Hosting.EndpointOptionsExtensions");

    public KnownType OrleansSiloHostingExtensions { get; } = new("Orleans.Hosting.CoreHostingExtensions");

    public KnownType OrleansClientBuilderExtensions { get; } = new("Orleans.Hosting.ClientBuilderExtensions");

    public KnownType OrleansEndpointOptions { get; } = new("Orleans.Configuration.EndpointOptions");

    public KnownType GeneratedCodeAttribute { get; } = new("System.CodeDom.Compiler.GeneratedCodeAttribute");

    public static bool Is(ITypeSymbol? type, KnownType known) => known.Matches(type);

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, KnownType known)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (known.Matches(current))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method of HttpClient, or an extension method on it (<c>GetFromJsonAsync</c>, ...).</summary>
    public bool IsHttpClientMethod(IMethodSymbol method)
        => HttpClient.Matches(method.ContainingType)
           || (method.IsExtensionMethod && method.Parameters.Length > 0 && HttpClient.Matches(method.Parameters[0].Type));

    /// <summary>An ADO.NET connection or connection string builder, of any provider.</summary>
    public bool IsAdoType(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (DbConnection.Matches(current) || DbConnectionStringBuilder.Matches(current))
            {
                return true;
            }
        }

        return false;
    }
}
