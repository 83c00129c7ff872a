using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>HttpClient, its handler and the types ASP.NET creates once per request, resolved once per compilation.</summary>
internal sealed class HttpClientSymbols
{
    /// <summary>Base classes whose instances live for one request: MVC and API controllers, Razor pages, SignalR hubs.</summary>
    private static readonly string[] PerRequestBaseNames =
    {
        "Microsoft.AspNetCore.Mvc.ControllerBase",
        "Microsoft.AspNetCore.Mvc.RazorPages.PageModel",
        "Microsoft.AspNetCore.SignalR.Hub",
        "System.Web.Mvc.ControllerBase",
        "System.Web.Http.ApiController",
    };

    private readonly ImmutableArray<INamedTypeSymbol> perRequestBases;
    private readonly INamedTypeSymbol? apiControllerAttribute;

    private HttpClientSymbols(Compilation compilation, INamedTypeSymbol httpClient, INamedTypeSymbol? handler)
    {
        HttpClient = httpClient;
        HttpMessageHandler = handler;
        perRequestBases = PerRequestBaseNames
            .Select(compilation.GetTypeByMetadataName)
            .Where(type => type is not null)
            .ToImmutableArray()!;
        apiControllerAttribute = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
    }

    public INamedTypeSymbol HttpClient { get; }

    public INamedTypeSymbol? HttpMessageHandler { get; }

    /// <summary>Null when the compilation has no HttpClient, so there is nothing to analyze.</summary>
    public static HttpClientSymbols? Create(Compilation compilation)
        => compilation.GetTypeByMetadataName("System.Net.Http.HttpClient") is { } httpClient
            ? new HttpClientSymbols(compilation, httpClient, compilation.GetTypeByMetadataName("System.Net.Http.HttpMessageHandler"))
            : null;

    public bool IsHttpClient(ITypeSymbol? type) => KnownSymbols.Is(type, HttpClient);

    public bool IsHandler(ITypeSymbol? type) => DerivesFrom(type, HttpMessageHandler);

    /// <summary>Whether ASP.NET creates an instance of <paramref name="type"/> for each request it handles.</summary>
    public bool IsCreatedPerRequest(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (perRequestBases.Any(known => SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, known))
                || current.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, apiControllerAttribute)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
    {
        for (var current = type; current is not null && baseType is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
            {
                return true;
            }
        }

        return false;
    }
}
