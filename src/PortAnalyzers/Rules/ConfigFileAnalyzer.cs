using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Code;
using PortAnalyzers.Config;
using PortAnalyzers.Config.Containers;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Rules;

/// <summary>
/// Ports in configuration files (appsettings*.json, launchSettings.json, NuGet.config, Dockerfiles, compose files,
/// the SDK's container items) given to the compiler as additional files: the same policy as code (PORT001,
/// PORT003-PORT005, PORT008, PORT009), PORT012 for container ports the app does not listen on, PORT013 for ports
/// another project of the solution also claims, PORT007 for a file that cannot be read, PORT010 for invalid options.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileAnalyzer : PortAnalyzersAnalyzer
{
    /// <summary>The MSBuild property <c>PortAnalyzersCheckConfigFiles</c>; <c>false</c> turns config checks off.</summary>
    public const string CheckConfigFilesProperty = "build_property.PortAnalyzersCheckConfigFiles";

    /// <summary>The MSBuild property <c>PortAnalyzersCheckOtherProjects</c>; <c>false</c> turns PORT013 off.</summary>
    public const string CheckOtherProjectsProperty = "build_property.PortAnalyzersCheckOtherProjects";

    /// <summary>The name of the project a file of another project belongs to (item metadata set by the package's props).</summary>
    public const string ProjectMetadata = "build_metadata.AdditionalFiles.PortAnalyzersProject";

    /// <summary>Set on the files of an Aspire AppHost's projects, whose ports the AppHost binds.</summary>
    public const string AppHostResourceMetadata = "build_metadata.AdditionalFiles.PortAnalyzersAppHostResource";

    private static readonly ReportedRules Rules = new(
        Descriptors.ListenerInDynamicRange,
        Descriptors.WellKnownPortExposed,
        Descriptors.InvalidPort,
        Descriptors.TargetInDynamicRange,
        Descriptors.BrowserBlockedPort,
        Descriptors.DuplicateBinding,
        Descriptors.UnreadableConfigFile,
        Descriptors.InvalidOption,
        Descriptors.ContainerPortNotListenedOn,
        Descriptors.PortUsedByAnotherProject);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules.Supported;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider;
        if (ProjectTraits.PropertyIs(options.GlobalOptions, CheckConfigFilesProperty, "false"))
        {
            return;
        }

        var policies = new PolicyProvider(options);
        var cancellationToken = context.CancellationToken;
        var analyzerOptions = context.Options;
        var compilation = context.Compilation;
        var documents = new JsonDocuments();
        var containers = new Lazy<ContainerProject>(() => ContainerProjectOf(analyzerOptions, () => CodeEndpoints.ChosenIn(compilation, cancellationToken), documents, cancellationToken));
        var checkOthers = !ProjectTraits.PropertyIs(options.GlobalOptions, CheckOtherProjectsProperty, "false");
        var others = new Lazy<OtherProjects>(() => OtherProjectsOf(analyzerOptions, documents, cancellationToken));
        context.RegisterAdditionalFileAction(file =>
        {
            if (OtherProjectOf(file.Options, file.AdditionalFile) is not { } other)
            {
                Analyze(file, policies, containers, checkOthers ? others : null, documents);
            }
            else if (checkOthers && other.AppHostResource)
            {
                ReportConflicts(file, others.Value.ResourcesOtherThan(other.Project), documents);
            }
        });
    }

    /// <summary>The project a file of another project belongs to; null for this project's own files.</summary>
    private static OtherProjectFile? OtherProjectOf(AnalyzerOptions options, AdditionalText file)
    {
        var metadata = options.AnalyzerConfigOptionsProvider.GetOptions(file);
        if (!metadata.TryGetValue(ProjectMetadata, out var project) || project.Trim().Length == 0)
        {
            return null;
        }

        var resource = ProjectTraits.PropertyIs(metadata, AppHostResourceMetadata, "true");
        return new OtherProjectFile(file.Path, project.Trim(), resource, () => null);
    }

    private static OtherProjects OtherProjectsOf(AnalyzerOptions options, JsonDocuments documents, CancellationToken cancellationToken)
    {
        var files = new List<OtherProjectFile>();
        foreach (var file in options.AdditionalFiles)
        {
            if (OtherProjectOf(options, file) is { } other)
            {
                files.Add(other with { ReadText = () => file.GetText(cancellationToken)?.ToString() });
            }
        }

        return OtherProjects.Read(files, documents, cancellationToken);
    }

    /// <summary>PORT013 at each port of <paramref name="context"/>'s file that one of <paramref name="others"/> also claims.</summary>
    private static void ReportConflicts(AdditionalFileAnalysisContext context, List<ProjectBinding> others, JsonDocuments documents)
    {
        var file = context.AdditionalFile;
        if (others.Count == 0 || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        foreach (var (start, length, binding, webAssemblyDebugging) in HostListeners.Of(ConfigFileKinds.Of(file.Path), text.ToString(), documents, context.CancellationToken))
        {
            if (PortPolicy.FindOtherProjectConflict(binding, webAssemblyDebugging, others) is { } finding)
            {
                context.ReportDiagnostic(Rules.Create(finding, At(file, text, new TextSpan(start, length)))!);
            }
        }
    }

    /// <summary>The project's own files and container settings, read together when a container file needs them.</summary>
    private static ContainerProject ContainerProjectOf(AnalyzerOptions options, Func<bool> codeChoosesEndpoints, JsonDocuments documents, CancellationToken cancellationToken)
    {
        var files = new List<ProjectFile>();
        foreach (var file in options.AdditionalFiles)
        {
            if (OtherProjectOf(options, file) is null)
            {
                files.Add(new ProjectFile(file.Path, () => file.GetText(cancellationToken)?.ToString()));
            }
        }

        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        Func<string, string?> property = key => global.TryGetValue(key, out var value) ? value : null;
        return new ContainerProject(files, property("build_property.ProjectDir"), SdkContainer.Read(property), codeChoosesEndpoints, documents, cancellationToken);
    }

    private static void Analyze(AdditionalFileAnalysisContext context, PolicyProvider policies, Lazy<ContainerProject> containers, Lazy<OtherProjects>? others, JsonDocuments documents)
    {
        var file = context.AdditionalFile;
        var kind = ConfigFileKinds.Of(file.Path);
        if (kind == ConfigFileKind.None || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var policy = policies.For(file);
        foreach (var finding in policy.OptionFindings)
        {
            context.ReportDiagnostic(Rules.Create(finding, At(file, text, new TextSpan(0, 0)))!);
        }

        var (findings, error) = ConfigFileFindings.Of(kind, file.Path, text.ToString(), policy, containers, documents, context.CancellationToken);
        if (error is { } unreadable)
        {
            var name = file.Path.Substring(file.Path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableConfigFile, At(file, text, new TextSpan(unreadable.Offset, unreadable.Length)), name, unreadable.Message));
            return;
        }

        foreach (var finding in findings)
        {
            var related = finding.Related is { } other ? At(file, text, new TextSpan(other.Start, other.Length)) : null;
            if (Rules.Create(finding.Finding, At(file, text, new TextSpan(finding.Start, finding.Length)), related) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }

        if (others is not null && kind is ConfigFileKind.AppSettings or ConfigFileKind.LaunchSettings or ConfigFileKind.Compose)
        {
            ReportConflicts(context, others.Value.All, documents);
        }
    }

    /// <summary>The location of <paramref name="span"/>, kept inside the text: a reader may point just past its end.</summary>
    private static Location At(AdditionalText file, SourceText text, TextSpan span)
    {
        var start = Math.Min(Math.Max(span.Start, 0), text.Length);
        var inside = new TextSpan(start, Math.Min(span.Length, text.Length - start));
        return Location.Create(file.Path, inside, text.Lines.GetLinePositionSpan(inside));
    }
}
