using System.Threading;
using PortAnalyzers.Config.Yaml;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// Reads the services of a compose file: <c>ports</c> (short and long syntax), <c>expose</c>,
/// <c>environment</c> (map and list), <c>env_file</c>, <c>build</c>, <c>network_mode</c> and <c>profiles</c>. Variables are substituted with their
/// defaults (<c>${PORT:-8080}</c>); one without a default is unknown, and what holds it is not judged.
/// </summary>
internal static class ComposeReader
{
    private const string JoinedServicePrefix = "service:";

    public static (ComposeFile? File, ReadError? Error) Read(string text, CancellationToken cancellationToken)
    {
        var (root, error) = YamlReader.Read(text, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        var file = new ComposeFile(new());
        if (root?.Get("services") is not { Kind: YamlKind.Mapping } services)
        {
            return (file, null);
        }

        foreach (var (name, node) in services.Pairs())
        {
            if (node.Kind != YamlKind.Mapping)
            {
                continue;
            }

            var service = new ComposeService(name.Scalar!, name.Text.Start);
            ReadBuild(node.Get("build"), service);
            ReadPorts(node.Get("ports"), service);
            ReadExpose(node.Get("expose"), service);
            ReadEnvironment(node.Get("environment"), service);
            service.HasEnvFile = node.Get("env_file") is { IsNull: false };
            ReadProfiles(node.Get("profiles"), service);
            service.JoinsNetworkOf = node.Get("network_mode") is { Kind: YamlKind.Scalar } mode && Interpolate(mode.Scalar) is { } network
                && network.StartsWith(JoinedServicePrefix, System.StringComparison.Ordinal)
                ? network.Substring(JoinedServicePrefix.Length).Trim()
                : null;
            file.Services.Add(service);
        }

        return (file, null);
    }

    private static void ReadBuild(YamlNode? build, ComposeService service)
    {
        if (build is null)
        {
            return;
        }

        if (build.Kind == YamlKind.Scalar)
        {
            service.BuildContext = Interpolate(build.Scalar);
            return;
        }

        service.BuildContext = build.Get("context") is { } context ? Interpolate(context.Scalar) : ".";
        service.BuildDockerfile = build.Get("dockerfile") is { } dockerfile ? Interpolate(dockerfile.Scalar) : null;
    }

    private static void ReadProfiles(YamlNode? profiles, ComposeService service)
    {
        if (profiles is not { Kind: YamlKind.Sequence })
        {
            return;
        }

        foreach (var item in profiles.Items)
        {
            if (item.Kind == YamlKind.Scalar && item.Scalar is { Length: > 0 } profile && !service.Profiles.Contains(profile))
            {
                service.Profiles.Add(profile);
            }
        }
    }

    private static void ReadPorts(YamlNode? ports, ComposeService service)
    {
        if (ports is not { Kind: YamlKind.Sequence })
        {
            return;
        }

        foreach (var item in ports.Items)
        {
            if (item.Kind == YamlKind.Scalar)
            {
                if (Value(item) is { } text && ComposePortText.Parse(text) is { } port)
                {
                    service.Ports.Add(port);
                }
            }
            else if (item.Kind == YamlKind.Mapping)
            {
                var target = Span(item.Get("target"));
                var published = Span(item.Get("published"));
                var hostIp = item.Get("host_ip") is { } ip ? Interpolate(ip.Scalar) ?? string.Empty : string.Empty;
                var protocol = item.Get("protocol") is { } written ? Interpolate(written.Scalar)?.ToLowerInvariant() ?? "tcp" : "tcp";
                if (target is not null || published is not null)
                {
                    service.Ports.Add(new ComposePort(target, published, hostIp, protocol));
                }
            }
        }
    }

    private static void ReadExpose(YamlNode? expose, ComposeService service)
    {
        if (expose is not { Kind: YamlKind.Sequence })
        {
            return;
        }

        foreach (var item in expose.Items)
        {
            if (Span(item) is { } port)
            {
                service.Expose.Add(port);
            }
        }
    }

    private static void ReadEnvironment(YamlNode? environment, ComposeService service)
    {
        if (environment is { Kind: YamlKind.Mapping })
        {
            foreach (var (name, value) in environment.Pairs())
            {
                var known = value.IsNull ? null : Value(value);
                service.Environment[name.Scalar!] = new ComposeVariable(name.Scalar!, known, name.Text.Start, name.Text.Length);
            }
        }
        else if (environment is { Kind: YamlKind.Sequence })
        {
            foreach (var item in environment.Items)
            {
                if (item.Scalar is not { } entry)
                {
                    continue;
                }

                var equals = entry.IndexOf('=');
                var name = item.Text.Slice(0, equals < 0 ? entry.Length : equals);
                ConfigText? value = null;
                if (equals >= 0)
                {
                    var written = item.Text.Slice(equals + 1, entry.Length - equals - 1);
                    value = Interpolate(written.Text) is { } text ? written with { Text = text, Exact = written.Exact && text == written.Text } : null;
                }

                service.Environment[name.Text] = new ComposeVariable(name.Text, value, name.Start, name.Length);
            }
        }
    }

    /// <summary>A scalar after substitution, exact where nothing was substituted; null when a variable is unknown.</summary>
    private static ConfigText? Value(YamlNode node)
    {
        if (node.Scalar is not { } raw || Interpolate(raw) is not { } text)
        {
            return null;
        }

        return text == raw ? node.Text : node.Text with { Text = text, Exact = false };
    }

    private static PortSpan? Span(YamlNode? node)
        => node is not null && Value(node) is { } text && ContainerPortText.TryParse(text.Text, out var low, out var high, out _)
            ? new PortSpan(low, high, text)
            : null;

    /// <summary>Compose interpolation; the environment of the machine and <c>.env</c> are not known here.</summary>
    private static string? Interpolate(string? text) => text is null ? null : DockerVariables.Substitute(text, _ => null, "$$");
}
