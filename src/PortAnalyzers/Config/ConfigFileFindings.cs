using System;
using System.Collections.Generic;
using System.Threading;
using PortAnalyzers.Config.Containers;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>Reads a configuration file of any kind and asks the policy about it: its findings, or why it cannot be read.</summary>
internal static class ConfigFileFindings
{
    public static (List<ConfigFinding> Findings, ReadError? Error) Of(ConfigFileKind kind, string path, string text, PortPolicy policy, Lazy<ContainerProject> containers, JsonDocuments documents, CancellationToken cancellationToken)
    {
        Func<int, int> lineOf = offset => TextOffsets.LineOf(text, offset);
        switch (kind)
        {
            case ConfigFileKind.Dockerfile:
                var (dockerfile, dockerfileError) = DockerfileReader.Read(text, cancellationToken);
                return dockerfile is null
                    ? (new List<ConfigFinding>(), dockerfileError)
                    : (ContainerFileChecker.CheckDockerfile(new ParsedDockerfile(dockerfile, path, lineOf), containers.Value, policy), null);
            case ConfigFileKind.Compose:
                var (compose, composeError) = ComposeReader.Read(text, cancellationToken);
                return compose is null
                    ? (new List<ConfigFinding>(), composeError)
                    : (ContainerFileChecker.CheckCompose(new ParsedCompose(compose, path, lineOf), containers.Value, policy), null);
            case ConfigFileKind.ProjectFile:
                return (ContainerFileChecker.CheckProjectFile(text, containers.Value, policy), null);
            default:
                var content = ConfigFile.Read(kind, text, documents, cancellationToken);
                return content.Error is { } error
                    ? (new List<ConfigFinding>(), error)
                    : (ConfigFileChecker.Check(content.Ports, policy, lineOf), null);
        }
    }
}
