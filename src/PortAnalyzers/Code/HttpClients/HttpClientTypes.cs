using System.Linq;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Code;

/// <summary>HttpClient, its handler and the types ASP.NET creates once per request (see <see cref="KnownType"/>).</summary>
internal sealed class HttpClientTypes
{
    /// <summary>Base classes whose instances live for one request: MVC and API controllers, Razor pages, SignalR hubs.</summary>
    private readonly KnownType[] perRequestBases =
    {
        new("Microsoft.AspNetCore.Mvc.ControllerBase"),
        new("Microsoft.AspNetCore.Mvc.RazorPages.PageModel"),
        new("Microsoft.AspNetCore.SignalR.Hub"),
        new("System.Web.Mvc.ControllerBase"),
        new("System.Web.Http.ApiController"),
    };

    private readonly KnownType apiControllerAttribute = new("Microsoft.AspNetCore.Mvc.ApiControllerAttribute");
    private readonly KnownType httpMessageHandler = new("System.Net.Http.HttpMessageHandler");
    private readonly KnownType backgroundService = new("Microsoft.Extensions.Hosting.BackgroundService");

    private HttpClientTypes()
    {
    }

    public static HttpClientTypes Instance { get; } = new();

    public bool IsHttpClient(ITypeSymbol? type) => KnownTypes.Instance.HttpClient.Matches(type);

    /// <summary>Whether <paramref name="type"/>, whose name the caller has read, is HttpClient.</summary>
    public bool IsHttpClient(ITypeSymbol? type, string? name) => KnownTypes.Instance.HttpClient.Matches(type, name);

    public bool IsHandler(ITypeSymbol? type) => KnownTypes.IsOrDerivesFrom(type, httpMessageHandler);

    /// <summary>
    /// Whether <paramref name="method"/> overrides <c>BackgroundService.ExecuteAsync</c>, which the host calls once, when
    /// it starts the service.
    /// </summary>
    public bool IsBackgroundServiceBody(IMethodSymbol method)
    {
        if (method is not { IsOverride: true, Name: "ExecuteAsync" })
        {
            return false;
        }

        var overridden = method;
        while (overridden.OverriddenMethod is { } next)
        {
            overridden = next;
        }

        return backgroundService.Matches(overridden.ContainingType);
    }

    /// <summary>Whether ASP.NET creates an instance of <paramref name="type"/> for each request it handles.</summary>
    public bool IsCreatedPerRequest(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (perRequestBases.Any(known => known.Matches(current))
                || current.GetAttributes().Any(a => apiControllerAttribute.Matches(a.AttributeClass)))
            {
                return true;
            }
        }

        return false;
    }
}
