using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>The framework types the extractors recognise, resolved once per compilation; null where a type is absent.</summary>
internal sealed class KnownSymbols
{
    private KnownSymbols(Compilation compilation)
    {
        IPAddress = compilation.GetTypeByMetadataName("System.Net.IPAddress");
        IPEndPoint = compilation.GetTypeByMetadataName("System.Net.IPEndPoint");
        DnsEndPoint = compilation.GetTypeByMetadataName("System.Net.DnsEndPoint");
        Socket = compilation.GetTypeByMetadataName("System.Net.Sockets.Socket");
        TcpListener = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpListener");
        TcpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.TcpClient");
        UdpClient = compilation.GetTypeByMetadataName("System.Net.Sockets.UdpClient");
        HttpListenerPrefixCollection = compilation.GetTypeByMetadataName("System.Net.HttpListenerPrefixCollection");
        Environment = compilation.GetTypeByMetadataName("System.Environment");
        KestrelServerOptions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions");
        WebHostBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.HostingAbstractionsWebHostBuilderExtensions");
        KestrelWebHostBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Hosting.WebHostBuilderKestrelExtensions");
        WebApplication = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        DbConnection = compilation.GetTypeByMetadataName("System.Data.Common.DbConnection");
        DbConnectionStringBuilder = compilation.GetTypeByMetadataName("System.Data.Common.DbConnectionStringBuilder");
        RedisConnectionMultiplexer = compilation.GetTypeByMetadataName("StackExchange.Redis.ConnectionMultiplexer");
        RedisConfigurationOptions = compilation.GetTypeByMetadataName("StackExchange.Redis.ConfigurationOptions");
        RedisEndPointCollection = compilation.GetTypeByMetadataName("StackExchange.Redis.EndPointCollection");
    }

    public INamedTypeSymbol? IPAddress { get; }

    public INamedTypeSymbol? IPEndPoint { get; }

    public INamedTypeSymbol? DnsEndPoint { get; }

    public INamedTypeSymbol? Socket { get; }

    public INamedTypeSymbol? TcpListener { get; }

    public INamedTypeSymbol? TcpClient { get; }

    public INamedTypeSymbol? UdpClient { get; }

    public INamedTypeSymbol? HttpListenerPrefixCollection { get; }

    public INamedTypeSymbol? Environment { get; }

    public INamedTypeSymbol? KestrelServerOptions { get; }

    public INamedTypeSymbol? WebHostBuilderExtensions { get; }

    public INamedTypeSymbol? KestrelWebHostBuilderExtensions { get; }

    public INamedTypeSymbol? WebApplication { get; }

    public INamedTypeSymbol? Uri { get; }

    public INamedTypeSymbol? HttpClient { get; }

    public INamedTypeSymbol? HttpRequestMessage { get; }

    public INamedTypeSymbol? DbConnection { get; }

    public INamedTypeSymbol? DbConnectionStringBuilder { get; }

    public INamedTypeSymbol? RedisConnectionMultiplexer { get; }

    public INamedTypeSymbol? RedisConfigurationOptions { get; }

    public INamedTypeSymbol? RedisEndPointCollection { get; }

    public static KnownSymbols Create(Compilation compilation) => new(compilation);

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

    /// <summary>Whether <paramref name="type"/> is <paramref name="known"/> or derives from it.</summary>
    public static bool IsOrDerivesFrom(ITypeSymbol? type, INamedTypeSymbol? known)
    {
        for (var current = type; current is not null && known is not null; current = current.BaseType)
        {
            if (Is(current, known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A method of HttpClient, or an extension method on it (<c>GetFromJsonAsync</c>, ...).</summary>
    public bool IsHttpClientMethod(IMethodSymbol method)
        => Is(method.ContainingType, HttpClient)
           || (method.IsExtensionMethod && method.Parameters.Length > 0 && Is(method.Parameters[0].Type, HttpClient));

    /// <summary>An ADO.NET connection or connection string builder, of any provider.</summary>
    public bool IsAdoType(ITypeSymbol? type) => IsOrDerivesFrom(type, DbConnectionStringBuilder) || IsOrDerivesFrom(type, DbConnection);
}
