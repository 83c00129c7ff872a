using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config.Containers;

/// <summary>
/// The findings of a Dockerfile, a compose file or the project file's container items. The ports the app and the
/// host listen on go through <see cref="ConfigFileChecker"/> like any configuration file; the ports the container
/// sends traffic to are judged against the ports the app listens on (PORT012).
/// </summary>
internal static class ContainerFileChecker
{
    public static List<ConfigFinding> CheckDockerfile(ParsedDockerfile file, ContainerProject project, PortPolicy policy)
    {
        var dockerfile = file.Model;
        var ports = new ConfigPortCollector();
        AddListenVariables(ports, name => dockerfile.Environment.TryGetValue(name, out var variable) ? variable.Value : null);
        foreach (var expose in dockerfile.Exposes)
        {
            if (Span(expose) is { } span)
            {
                ports.AddRange(span, "*", ConfigPort.NoGroup, validityOnly: true);
            }
        }

        var findings = ConfigFileChecker.Check(ports.Ports, policy, file.LineOf);
        var environment = new Dictionary<string, ListenSetting>(StringComparer.Ordinal);
        AddDockerfileSettings(file, environment, sameFile: true);
        AddOverridden(environment, findings);

        // A Dockerfile that exposes nothing has no port to judge: the project's settings and code are not read for it.
        if (dockerfile.Exposes.Count > 0 && !dockerfile.RunsInIis && project.AppListenersFor(environment, dockerfile.BaseImage) is { } own
            && WithComposeServices(own, file, project) is { } app)
        {
            foreach (var expose in dockerfile.Exposes)
            {
                if (Span(expose) is { } span)
                {
                    Judge(policy, span, "EXPOSE declares port " + span.Describe(), app, project, findings);
                }
            }
        }

        return findings;
    }

    public static List<ConfigFinding> CheckCompose(ParsedCompose file, ContainerProject project, PortPolicy policy)
    {
        var directory = ProjectPaths.DirectoryOf(file.Path);
        var ports = new ConfigPortCollector();

        // A TCP and a UDP port of the same number do not collide, nor do services of two profiles, which are
        // alternatives: host ports collide within one protocol among the services one profile starts, those without
        // profiles included, as they start with every profile.
        var profiles = new List<string> { string.Empty };
        profiles.AddRange(file.Model.Services.SelectMany(service => service.Profiles).Distinct(StringComparer.Ordinal));
        var published = new Dictionary<(string Protocol, string Profile), int>();
        var othersPorts = new HashSet<int>();
        var owners = new List<ServiceOwner>();
        foreach (var service in file.Model.Services)
        {
            var owner = project.OwnerOf(service.Name, directory);
            owners.Add(owner);
            var first = ports.Ports.Count;
            foreach (var port in service.Ports)
            {
                if (port.Published is { } host)
                {
                    // Judged once, then added to each other profile's group only to be compared.
                    var validityOnly = false;
                    foreach (var profile in service.Profiles.Count == 0 ? profiles : service.Profiles)
                    {
                        if (!published.TryGetValue((port.Protocol, profile), out var group))
                        {
                            published.Add((port.Protocol, profile), group = ports.NewGroup());
                        }

                        ports.AddRange(host, port.HostIp, group, validityOnly);
                        validityOnly = true;
                    }
                }

                if (port.Target is { } target && owner != ServiceOwner.OtherProject)
                {
                    ports.AddRange(target, "*", ConfigPort.NoGroup, validityOnly: true);
                }
            }

            if (owner == ServiceOwner.OtherProject)
            {
                // Its own project reports it; its host ports still collide with this project's (PORT009).
                for (var i = first; i < ports.Ports.Count; i++)
                {
                    othersPorts.Add(ports.Ports[i].Start);
                }

                continue;
            }

            foreach (var expose in service.Expose)
            {
                ports.AddRange(expose, "*", ConfigPort.NoGroup, validityOnly: true);
            }

            AddListenVariables(ports, name => service.Environment.TryGetValue(name, out var variable) ? variable.Value : null);
        }

        var findings = ConfigFileChecker.Check(ports.Ports, policy, file.LineOf);
        findings.RemoveAll(finding => othersPorts.Contains(finding.Start));
        if (profiles.Count > 1)
        {
            // A port in several profiles' groups breaks a rule in each: once is enough.
            var reported = new HashSet<(string, int, int)>();
            findings.RemoveAll(finding => !reported.Add((finding.Finding.RuleId, finding.Start, finding.Length)));
        }
        for (var i = 0; i < owners.Count; i++)
        {
            if (owners[i] == ServiceOwner.ThisProject)
            {
                CheckServiceTargets(file, file.Model.Services[i], directory, project, policy, findings);
            }
        }

        return findings;
    }

    /// <summary>PORT012 for the <c>ContainerPort</c> and <c>ContainerEnvironmentVariable</c> items, pointed at in the project file's text.</summary>
    public static List<ConfigFinding> CheckProjectFile(string text, ContainerProject project, PortPolicy policy)
    {
        var findings = new List<ConfigFinding>();
        var sdk = project.Sdk;
        var environment = new Dictionary<string, ListenSetting>(StringComparer.Ordinal);
        foreach (var (name, value) in sdk.Environment)
        {
            if (ListenSettings.IsVariable(name))
            {
                environment[name] = new ListenSetting(name, value, "in a ContainerEnvironmentVariable item", ItemSpan(text, "ContainerEnvironmentVariable", name));
            }
        }

        AddOverridden(environment, findings);
        if (sdk.Ports.Count == 0 || project.AppListenersFor(environment, sdk.BaseImage) is not { } app)
        {
            return findings;
        }

        foreach (var port in sdk.Ports)
        {
            if (ContainerPortText.TryParse(port.TrimEnd('/'), out var low, out var high, out _))
            {
                var (start, length) = ItemSpan(text, "ContainerPort", port) ?? (0, 0);
                var span = new PortSpan(low, high, new ConfigText(port, start, length, start, Exact: false));
                Judge(policy, span, "the ContainerPort item declares port " + span.Describe(), app, project, findings);
            }
        }

        return findings;
    }

    private static void CheckServiceTargets(ParsedCompose file, ComposeService service, string directory, ContainerProject project, PortPolicy policy, List<ConfigFinding> findings)
    {
        if (ServiceSettings(service.Name, directory, file.Path, project) is not var (environment, dockerfile, joinedBySidecar))
        {
            return;
        }

        AddOverridden(environment, findings);
        if (dockerfile?.Model.RunsInIis == true || joinedBySidecar
            || project.AppListenersFor(environment, dockerfile?.Model.BaseImage) is not { } app)
        {
            return;
        }

        foreach (var port in service.Ports)
        {
            if (port.Target is { } target)
            {
                var declaredBy = port.Published is { } host
                    ? "the service '" + service.Name + "' maps host port " + host.Describe() + " to container port " + target.Describe()
                    : "the service '" + service.Name + "' publishes container port " + target.Describe();
                Judge(policy, target, declaredBy, app, project, findings);
            }
        }

        foreach (var expose in service.Expose)
        {
            Judge(policy, expose, "the service '" + service.Name + "' exposes port " + expose.Describe(), app, project, findings);
        }
    }

    /// <summary>
    /// The listen settings the compose service <paramref name="serviceName"/> of <paramref name="directory"/> runs its
    /// app with, and the Dockerfile it builds: the Dockerfile's <c>ENV</c>, then each definition's <c>environment:</c> in
    /// the order compose merges the files. A setting in <paramref name="checkedFile"/> carries its span for findings.
    /// <c>JoinedBySidecar</c>: another service joins its network (<c>network_mode: "service:…"</c>), so a port published
    /// for it may be that sidecar's, as the Dapr sidecar's 50001 is. Null for a service with an <c>env_file:</c>, which may set anything, and for one that builds a Dockerfile the
    /// project does not have, whose image (and so whether it runs this app at all) is unknown.
    /// </summary>
    private static (Dictionary<string, ListenSetting> Environment, ParsedDockerfile? Dockerfile, bool JoinedBySidecar)? ServiceSettings(string serviceName, string directory, string? checkedFile, ContainerProject project)
    {
        var environment = new Dictionary<string, ListenSetting>(StringComparer.Ordinal);
        ParsedDockerfile? dockerfile = null;
        var envFile = false;
        var builds = false;
        var joinedBySidecar = false;
        var definitions = new List<(ParsedCompose File, ComposeService Service)>();
        foreach (var compose in project.ComposeFilesIn(directory))
        {
            foreach (var definition in compose.Model.Services)
            {
                joinedBySidecar |= definition.JoinsNetworkOf == serviceName;
                if (definition.Name == serviceName)
                {
                    definitions.Add((compose, definition));
                    envFile |= definition.HasEnvFile;
                    builds |= definition.BuildContext is not null;
                    dockerfile ??= ContainerProject.DockerfileOf(definition, directory) is { } path ? project.Dockerfile(path) : null;
                }
            }
        }

        if (envFile || (builds && dockerfile is null))
        {
            return null;
        }

        if (dockerfile is not null)
        {
            AddDockerfileSettings(dockerfile, environment, sameFile: false);
        }

        foreach (var (compose, definition) in definitions)
        {
            var sameFile = checkedFile is not null && ProjectPaths.Same(compose.Path, checkedFile);
            foreach (var variable in definition.Environment.Values)
            {
                if (ListenSettings.IsVariable(variable.Name))
                {
                    var where = (sameFile ? "at line " : "in " + ProjectPaths.FileName(compose.Path) + " at line ") + compose.LineOf(variable.NameStart).ToString(CultureInfo.InvariantCulture);
                    environment[variable.Name] = new ListenSetting(variable.Name, variable.Value?.Text, where, sameFile ? (variable.NameStart, variable.NameLength) : null);
                }
            }
        }

        return (environment, dockerfile, joinedBySidecar);
    }

    /// <summary>
    /// The ports the app of <paramref name="file"/> listens on: under its own settings (<paramref name="own"/>) or under
    /// those of a compose service that builds it, which runs the image with its own environment (Visual Studio's
    /// <c>EXPOSE 8081</c>, with <c>ASPNETCORE_HTTPS_PORTS=8081</c> in the compose override). Null when a service runs it
    /// with settings that cannot be known.
    /// </summary>
    private static AppListeners? WithComposeServices(AppListeners own, ParsedDockerfile file, ContainerProject project)
    {
        var ports = new HashSet<long>(own.Ports);
        foreach (var (directory, service) in project.ServicesBuilding(file.Path))
        {
            if (ServiceSettings(service, directory, checkedFile: null, project) is not var (environment, _, _)
                || project.AppListenersFor(environment, file.Model.BaseImage) is not { } app)
            {
                return null;
            }

            ports.UnionWith(app.Ports);
        }

        return ports.Count == own.Ports.Count ? own : new AppListeners(ports, own.Source + ", or the compose services that build it");
    }

    private static void Judge(PortPolicy policy, PortSpan span, string declaredBy, AppListeners app, ContainerProject project, List<ConfigFinding> findings)
    {
        // The code is searched last: most exposed ports are ones the settings listen on, and need no search.
        if (policy.EvaluateContainerPort(span.Low, span.High, declaredBy, app.Ports, app.Describe) is { } finding && !project.CodeChoosesEndpoints)
        {
            var (start, length) = span.Text.Span;
            findings.Add(new ConfigFinding(finding, start, length));
        }
    }

    /// <summary>The URLs and port lists the app listens on, judged like those of appsettings and launchSettings.</summary>
    private static void AddListenVariables(ConfigPortCollector ports, Func<string, ConfigText?> valueOf)
        => ports.AddListenSettings(
            name => valueOf(name) is { } value ? new[] { value } : Array.Empty<ConfigText>(),
            ListenSettings.UrlsVariable,
            ListenSettings.HttpPortsVariable,
            ListenSettings.HttpsPortsVariable);

    private static void AddDockerfileSettings(ParsedDockerfile file, Dictionary<string, ListenSetting> environment, bool sameFile)
    {
        foreach (var variable in file.Model.Environment.Values)
        {
            if (ListenSettings.IsVariable(variable.Name))
            {
                var where = (sameFile ? "at line " : "in " + file.Name + " at line ") + file.LineOf(variable.NameStart).ToString(CultureInfo.InvariantCulture);
                environment[variable.Name] = new ListenSetting(variable.Name, variable.Value?.Text, where, sameFile ? (variable.NameStart, variable.NameLength) : null);
            }
        }
    }

    /// <summary>PORT012 at the setting that another overrides, or at the overriding one when only it is in this file.</summary>
    private static void AddOverridden(IReadOnlyDictionary<string, ListenSetting> environment, List<ConfigFinding> findings)
    {
        if (AppListeners.Overridden(environment) is not var (ignored, winner))
        {
            return;
        }

        if ((ignored.NameSpan ?? winner.NameSpan) is { } span)
        {
            var finding = PortPolicy.OverriddenListenSetting(ignored.Name + " " + ignored.Where, winner.Name + " " + winner.Where);
            findings.Add(new ConfigFinding(finding, span.Start, span.Length));
        }
    }

    private static PortSpan? Span(DockerExpose expose)
        => expose.Low is { } low && expose.High is { } high ? new PortSpan(low, high, expose.Text) : null;

    /// <summary>Where <c>&lt;Item Include="value"</c> names <paramref name="value"/> in the project file.</summary>
    private static (int Start, int Length)? ItemSpan(string text, string item, string value)
    {
        var match = Regex.Match(text, "<" + item + @"\s[^>]*?Include\s*=\s*[""']\s*(" + Regex.Escape(value) + @")\s*[""']", RegexOptions.IgnoreCase);
        return match.Success ? (match.Groups[1].Index, match.Groups[1].Length) : null;
    }
}
