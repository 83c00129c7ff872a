using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Code;

/// <summary>
/// Whether the project's code may choose where its server listens (Kestrel's Listen calls, UseUrls, app.Urls,
/// http.sys, setting ASPNETCORE_URLS or the host's urls setting itself): then the URL settings and the image's
/// default do not decide, and PORT012 stays silent. A name is enough: a false match only keeps a rule quiet. The port
/// rules read the same calls through <see cref="WatchedApis"/>; the names here also cover calls with no port to read.
/// </summary>
internal static class CodeEndpoints
{
    /// <summary>
    /// The methods and properties, the <c>WebHostDefaults</c> fields, and (quoted) the settings' names and variables
    /// (<see cref="ListenSettings"/>) that choose where the server listens: 19 names, found in six ordinal searches and one
    /// pass over the quotes of each file (<see cref="WrittenNames"/>).
    /// </summary>
    private static readonly WrittenNames Names = new(
        new[] { "Listen", "ListenAnyIP", "ListenLocalhost", "ListenUnixSocket", "ListenNamedPipe", "ListenHandle", "UseUrls", "Urls", "UseHttpSys", "ConfigureEndpointDefaults" }
            .Concat(ListenSettings.WebHostDefaultsFields.Select(field => field.Field))
            .Concat(ListenSettings.All.Concat(ListenSettings.Variables).Select(name => "\"" + name + "\""))
            .ToArray());

    public static bool ChosenIn(Compilation compilation, CancellationToken cancellationToken) => Names.AnyIn(compilation, cancellationToken);
}
