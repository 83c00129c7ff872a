using System;
using System.Collections.Generic;
using System.Threading;
using PortAnalyzers.Config.Containers;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Config;

/// <summary>
/// A file of another project that the build handed to this one (the package's props add the launchSettings.json,
/// appsettings and compose files of the other projects of the solution, and of an Aspire AppHost's projects).
/// </summary>
/// <param name="Path">The file.</param>
/// <param name="Project">The name of the project it belongs to.</param>
/// <param name="AppHostResource">The project is a resource of this AppHost, whose ports the AppHost binds for it.</param>
/// <param name="ReadText">Its text, when asked; null when it cannot be read.</param>
internal readonly record struct OtherProjectFile(string Path, string Project, bool AppHostResource, Func<string?> ReadText);

/// <summary>The ports the other projects listen on, read once per compilation; a file that cannot be read adds none (its own project reports it).</summary>
internal sealed class OtherProjects
{
    private readonly List<(ProjectBinding Binding, bool AppHostResource)> bindings;

    private OtherProjects(List<(ProjectBinding Binding, bool AppHostResource)> bindings)
    {
        this.bindings = bindings;
        All = bindings.ConvertAll(b => b.Binding);
    }

    /// <summary>The bindings of every other project, to compare this project's own with.</summary>
    public List<ProjectBinding> All { get; }

    public static OtherProjects Read(IEnumerable<OtherProjectFile> files, JsonDocuments documents, CancellationToken cancellationToken)
    {
        var bindings = new List<(ProjectBinding, bool)>();
        foreach (var file in files)
        {
            if (file.ReadText() is not { } text)
            {
                continue;
            }

            var name = ProjectPaths.FileName(file.Path);
            foreach (var (start, _, binding, webAssemblyDebugging) in HostListeners.Of(ConfigFileKinds.Of(file.Path), text, documents, cancellationToken))
            {
                bindings.Add((new ProjectBinding(file.Project, name, TextOffsets.LineOf(text, start), binding, webAssemblyDebugging), file.AppHostResource));
            }
        }

        return new OtherProjects(bindings);
    }

    /// <summary>The bindings of this AppHost's resources other than <paramref name="project"/>: the AppHost binds them all at once.</summary>
    public List<ProjectBinding> ResourcesOtherThan(string project)
    {
        var resources = new List<ProjectBinding>();
        foreach (var (binding, appHostResource) in bindings)
        {
            if (appHostResource && binding.Project != project)
            {
                resources.Add(binding);
            }
        }

        return resources;
    }
}
