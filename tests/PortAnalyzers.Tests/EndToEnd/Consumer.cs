using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>A consumer project folder in a <see cref="ConsumerWorkspace"/>, driven through the dotnet CLI.</summary>
public sealed class Consumer
{
    private readonly ConsumerWorkspace workspace;

    internal Consumer(string directory, ConsumerWorkspace workspace)
    {
        Directory = directory;
        this.workspace = workspace;
    }

    public string Directory { get; }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    /// <summary><c>dotnet build</c> (with its implicit restore) plus <paramref name="arguments"/>.</summary>
    internal BuildResult Build(params string[] arguments)
        => new(workspace.Run(Directory, new[] { "build", "--nologo", "-v", "q", "-nr:false" }.Concat(arguments).ToArray()));

    internal ProcessResult Run(params string[] arguments) => workspace.Run(Directory, arguments);
}

/// <summary>A finished build and the diagnostics it printed.</summary>
internal sealed class BuildResult
{
    // MSBuild's canonical form: path(line,col[,endLine,endCol]): warning|error ID: message [project]
    private static readonly Regex DiagnosticLine = new(
        @"^\s*(?<path>.+?)\((?<line>\d+),(?<column>\d+)(?:,\d+,\d+)?\): (?<severity>warning|error) (?<id>[A-Z]+\d+):",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public BuildResult(ProcessResult process)
    {
        Process = process;
        // The console logger repeats every diagnostic in its summary: keep each once.
        Diagnostics = DiagnosticLine.Matches(process.Output)
            .Select(m => new BuildDiagnostic(
                m.Groups["id"].Value,
                m.Groups["severity"].Value,
                Path.GetFileName(m.Groups["path"].Value.Trim()),
                int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Distinct()
            .ToImmutableArray();
    }

    public ProcessResult Process { get; }

    public ImmutableArray<BuildDiagnostic> Diagnostics { get; }

    public bool Succeeded => Process.ExitCode == 0;

    /// <summary>The lines of <paramref name="file"/> where <paramref name="id"/> was reported, in order.</summary>
    public IEnumerable<int> LinesOf(string id, string file)
        => Diagnostics.Where(d => d.Id == id && d.File == file).Select(d => d.Line).OrderBy(l => l);

    public IEnumerable<BuildDiagnostic> Port => Diagnostics.Where(d => d.Id.StartsWith("PORT", StringComparison.Ordinal));

    public BuildResult EnsureSuccess()
    {
        Process.EnsureSuccess();
        return this;
    }

    public override string ToString() => Process.Describe();
}

internal readonly record struct BuildDiagnostic(string Id, string Severity, string File, int Line);
