using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PortAnalyzers.Code;
using PortAnalyzers.Config;

namespace PortAnalyzers.Rules;

/// <summary>
/// Ports in configuration files (appsettings*.json, launchSettings.json, NuGet.config) given to the compiler as
/// additional files: the same policy as code (PORT001, PORT003-PORT005, PORT008, PORT009), PORT007 for a file
/// that cannot be read, PORT010 for invalid options.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigFileAnalyzer : PortAnalyzersAnalyzer
{
    /// <summary>The MSBuild property <c>PortAnalyzersCheckConfigFiles</c>; <c>false</c> turns config checks off.</summary>
    public const string CheckConfigFilesProperty = "build_property.PortAnalyzersCheckConfigFiles";

    private static readonly ReportedRules Rules = new(
        Descriptors.ListenerInDynamicRange,
        Descriptors.WellKnownPortExposed,
        Descriptors.InvalidPort,
        Descriptors.TargetInDynamicRange,
        Descriptors.BrowserBlockedPort,
        Descriptors.DuplicateBinding,
        Descriptors.UnreadableConfigFile,
        Descriptors.InvalidOption);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Rules.Supported;

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var options = context.Options.AnalyzerConfigOptionsProvider;
        if (ProjectTraits.PropertyIs(options.GlobalOptions, CheckConfigFilesProperty, "false"))
        {
            return;
        }

        var policies = new PolicyProvider(options);
        context.RegisterAdditionalFileAction(file => Analyze(file, policies));
    }

    private static void Analyze(AdditionalFileAnalysisContext context, PolicyProvider policies)
    {
        var file = context.AdditionalFile;
        var kind = ConfigFileKinds.Of(file.Path);
        if (kind == ConfigFileKind.None || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var policy = policies.For(file);
        foreach (var finding in policy.OptionFindings())
        {
            context.ReportDiagnostic(Rules.Create(finding, At(file, text, new TextSpan(0, 0)))!);
        }

        var content = ConfigFile.Read(kind, text.ToString(), context.CancellationToken);
        if (content.Error is { } error)
        {
            var name = file.Path.Substring(file.Path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnreadableConfigFile, At(file, text, new TextSpan(error.Offset, error.Length)), name, error.Message));
            return;
        }

        foreach (var finding in ConfigFileChecker.Check(content.Ports, policy, offset => text.Lines.GetLineFromPosition(offset).LineNumber + 1))
        {
            var related = finding.Related is { } other ? At(file, text, new TextSpan(other.Start, other.Length)) : null;
            if (Rules.Create(finding.Finding, At(file, text, new TextSpan(finding.Start, finding.Length)), related) is { } diagnostic)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }

    private static Location At(AdditionalText file, SourceText text, TextSpan span)
        => Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
}
