using System;
using System.Collections.Generic;

namespace PortAnalyzers.Config.Containers;

/// <summary>An <c>ENV</c> variable: its name, its value after substitution (null when a variable in it is unknown), and where it stands.</summary>
internal readonly record struct DockerEnv(string Name, ConfigText? Value, int NameStart, int NameLength);

/// <summary>
/// One item of <c>EXPOSE</c>: a port or range with its protocol; <see cref="Low"/> is null when a variable in it
/// is unknown.
/// </summary>
internal readonly record struct DockerExpose(ConfigText Text, long? Low, long? High, string Protocol);

/// <summary>A build stage: its base (an image, or an earlier stage), and the variables and ports it adds.</summary>
internal sealed class DockerStage
{
    public DockerStage(string? name, string? image, DockerStage? parent)
    {
        Name = name;
        Image = image;
        Parent = parent;
    }

    /// <summary>The name after <c>AS</c>, if any.</summary>
    public string? Name { get; }

    /// <summary>The image of <c>FROM</c> after substitution; null when it names an earlier stage or a variable in it is unknown.</summary>
    public string? Image { get; }

    /// <summary>The earlier stage this one is built on (<c>FROM base AS final</c>).</summary>
    public DockerStage? Parent { get; }

    public List<DockerEnv> Environment { get; } = new();

    public List<DockerExpose> Exposes { get; } = new();

    /// <summary>Its ENTRYPOINT or CMD starts IIS (<c>ServiceMonitor.exe w3svc</c>), which hosts the app on its own bindings.</summary>
    public bool StartsIis { get; set; }

    /// <summary>The build arguments in scope and their defaults (null when none is known).</summary>
    public Dictionary<string, string?> Arguments { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// What a Dockerfile says about the image it builds: only the final stage counts, together with the stages it is
/// built on, since a multi-stage build ships the last stage alone.
/// </summary>
internal sealed class Dockerfile
{
    public Dockerfile(List<DockerStage> stages)
    {
        Stages = stages;
        var chain = new List<DockerStage>();
        for (var stage = stages.Count == 0 ? null : stages[stages.Count - 1]; stage is not null; stage = stage.Parent)
        {
            chain.Insert(0, stage);
        }

        BaseImage = chain.Count == 0 ? null : chain[0].Image;
        foreach (var stage in chain)
        {
            RunsInIis |= stage.StartsIis;
            Exposes.AddRange(stage.Exposes);
            foreach (var variable in stage.Environment)
            {
                Environment[variable.Name] = variable;
            }
        }
    }

    public List<DockerStage> Stages { get; }

    /// <summary>The image the final stage is built on, through the stages it names; null when unknown.</summary>
    public string? BaseImage { get; }

    /// <summary>The app runs in IIS: the ASP.NET Core URL settings and the image's default do not say where it listens.</summary>
    public bool RunsInIis { get; }

    /// <summary>The ports the final image exposes, its own and those of the stages it is built on.</summary>
    public List<DockerExpose> Exposes { get; } = new();

    /// <summary>The variables the final image sets, each as last set.</summary>
    public Dictionary<string, DockerEnv> Environment { get; } = new(StringComparer.Ordinal);
}
