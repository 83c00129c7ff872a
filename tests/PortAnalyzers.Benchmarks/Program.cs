using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using PortAnalyzers.Benchmarks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

// The cost of the PortAnalyzers analyzers next to the compiler's own binding, on generated code at 1x, 4x and 16x
// (or on a folder of real code with --src DIR), against the budgets of docs/performance.md.
//   dotnet run -c Release --project tests/PortAnalyzers.Benchmarks [-- --sizes 1,4,16] [--runs 3] [--watched 2] [--src DIR [--findings FILE] [--baseline DLL] [--references DIR]] [--census TOP] [--allocations RUNS]
// Real repositories: tests/PortAnalyzers.Benchmarks/real-repos.sh (see docs/performance.md).
const double RatioBudget = 0.01;
const double RealCodeRatioBudget = 0.005;
const double GrowthBudget = 18;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var arguments = new Arguments(args);
var analyzers = AnalyzerCost.AllAnalyzers();
var references = SdkReferencePacks.Default.AddRange(arguments.LibraryReferences());
var failed = false;

Console.WriteLine("# PortAnalyzers benchmark");
Console.WriteLine();
PrintMachine();
if (typeof(PortUsageAnalyzer).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true)
{
    Console.WriteLine("WARNING: the analyzers are a Debug build; run with -c Release for meaningful numbers.");
}

Console.WriteLine($"Analyzers ({analyzers.Length}): {string.Join(", ", analyzers.Select(a => a.GetType().Name))}");
Console.WriteLine($"Each number is the minimum of {arguments.Runs} runs after one warm-up run.");
Console.WriteLine($"Generated code: {arguments.WatchedShare:P0} of the methods use an API the rules watch.");
Console.WriteLine();

if (arguments.CensusNames is { } topNames)
{
    // Counted, not timed: what the code hands the index, at --src or at the first generated size.
    var censused = arguments.Source is { } censusFolder ? RealCodebase.Load(censusFolder) : SyntheticCodebase.Generate(arguments.Sizes[0], arguments.WatchedShare);
    IndexCensus.Print(await IndexCensus.TakeAsync(AnalyzerCost.Parse(censused.Sources), references), topNames);
    return 0;
}

// Warm-up: JIT of the compiler, the driver and the analyzers, and the reference assemblies' symbols.
await MeasureAsync(SyntheticCodebase.Generate(1), runs: 1, analyzers);

if (arguments.AllocationRuns is { } allocationRuns)
{
    // Counted, not timed, on one parse of the code as the timed runs are: a run on the same trees and texts first, so
    // that what the compiler caches on them (a text's line map) is in no counted run, then each run counted alone.
    var metered = arguments.Source is { } meteredFolder ? RealCodebase.Load(meteredFolder) : SyntheticCodebase.Generate(arguments.Sizes[0], arguments.WatchedShare);
    var (meteredTrees, meteredFiles) = (AnalyzerCost.Parse(metered.Sources), AnalyzerCost.AdditionalFiles(metered.AdditionalFiles));
    var meter = new AllocationMeter();
    var meteredAnalyzers = meter.Wrap(analyzers);
    var runTotals = new List<string>();
    for (var run = 0; run <= allocationRuns; run++)
    {
        meter.Clear();
        await AnalyzerCost.MeasureAsync(meteredTrees, meteredFiles, references, meteredAnalyzers);
        if (run > 0)
        {
            runTotals.Add(string.Join(", ", meter.Counts.GroupBy(c => c.Analyzer).Select(g => $"{g.Key} {g.Sum(c => c.Bytes) / 1024.0:F1} KB")));
        }
    }

    PrintAllocations(meter, runTotals);
    return 0;
}

if (arguments.Source is { } folder)
{
    var codebase = RealCodebase.Load(folder);
    Console.WriteLine($"Source folder: {folder}");
    CostMeasurement result;
    if (arguments.Baseline is { } baselinePath)
    {
        // Another build, run for run beside this one in the same process: both see the same load of the machine.
        Console.WriteLine($"Baseline: {baselinePath}, measured alternately with this build.");
        var baseline = AnalyzerCost.AllAnalyzers(new AssemblyLoadContext("baseline").LoadFromAssemblyPath(baselinePath));
        await MeasureAsync(SyntheticCodebase.Generate(1), runs: 1, baseline);
        var pair = await MeasureAsync(codebase, arguments.Runs, baseline, analyzers);
        result = pair[1];
        PrintTable(new[] { ("baseline", codebase, pair[0]), ("src", codebase, result) });
        failed |= !Check("the same findings as the baseline", SameFindings(pair[0].Findings, result.Findings), $"{pair[0].Diagnostics} and {result.Diagnostics}");
    }
    else
    {
        result = (await MeasureAsync(codebase, arguments.Runs, analyzers))[0];
        PrintTable(new[] { ("src", codebase, result) });
    }
    if (arguments.FindingsFile is { } findingsFile)
    {
        File.WriteAllLines(findingsFile, result.Findings.Select(f => f.Replace(folder, string.Empty, StringComparison.Ordinal)));
        Console.WriteLine($"Findings written to {findingsFile}.");
    }

    failed |= !Check("analyzers <= 0.5% of binding on real code", result.Ratio <= RealCodeRatioBudget, $"{result.Ratio:P2}");
    return failed ? 1 : 0;
}

var rows = new List<(string, Codebase, CostMeasurement)>();
foreach (var size in arguments.Sizes)
{
    var codebase = SyntheticCodebase.Generate(size, arguments.WatchedShare);
    rows.Add(($"{size}x", codebase, (await MeasureAsync(codebase, arguments.Runs, analyzers))[0]));
}

PrintTable(rows);
Console.WriteLine("## Budgets");
Console.WriteLine();
foreach (var (size, _, result) in rows)
{
    failed |= !Check($"{size}: analyzers <= 1% of binding", result.Ratio <= RatioBudget, $"{result.Ratio:P2}");
}

if (rows.Count > 1)
{
    var (firstSize, firstCode, first) = rows[0];
    var (lastSize, lastCode, last) = rows[^1];
    var codeGrowth = (double)lastCode.SourceLines / firstCode.SourceLines;
    var growth = last.AnalyzerTotal.TotalMilliseconds / first.AnalyzerTotal.TotalMilliseconds;
    var bindingGrowth = last.Binding.TotalMilliseconds / first.Binding.TotalMilliseconds;
    Console.WriteLine($"- growth {firstSize} -> {lastSize}: code x{codeGrowth:F1}, binding x{bindingGrowth:F1}, analyzers x{growth:F1}");
    var budget = GrowthBudget * codeGrowth / 16;
    failed |= !Check($"analyzer growth <= {budget:F1}x for x{codeGrowth:F1} code (18x per 16x)", growth <= budget, $"x{growth:F1}");
}

return failed ? 1 : 0;

// Each build's analyzers, run after run in turn; one measurement per build.
async Task<CostMeasurement[]> MeasureAsync(Codebase codebase, int runs, params ImmutableArray<DiagnosticAnalyzer>[] builds)
{
    var trees = AnalyzerCost.Parse(codebase.Sources);
    var files = AnalyzerCost.AdditionalFiles(codebase.AdditionalFiles);
    var best = new CostMeasurement?[builds.Length];
    var bestBinding = TimeSpan.MaxValue;
    for (var run = 0; run < runs; run++)
    {
        for (var build = 0; build < builds.Length; build++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var measured = await AnalyzerCost.MeasureAsync(trees, files, references, builds[build]);
            bestBinding = measured.Binding < bestBinding ? measured.Binding : bestBinding;
            best[build] = best[build] is not { } previous || measured.AnalyzerTotal < previous.AnalyzerTotal ? measured : previous;
        }
    }

    // The minimum of each time on its own: noise from other processes only ever adds. Binding is the same work for
    // every build.
    return best.Select(b => new CostMeasurement(bestBinding, b!.CompilerErrors, b.AnalyzersWall, b.PerAnalyzer, b.Findings)).ToArray();
}

static bool SameFindings(IReadOnlyList<string> before, IReadOnlyList<string> after)
{
    foreach (var finding in before.Except(after))
    {
        Console.WriteLine($"  only in the baseline: {finding}");
    }

    foreach (var finding in after.Except(before))
    {
        Console.WriteLine($"  only in this build: {finding}");
    }

    return before.SequenceEqual(after);
}

static void PrintTable(IEnumerable<(string Size, Codebase Code, CostMeasurement Result)> rows)
{
    var list = rows.ToList();
    var names = list.SelectMany(r => r.Result.PerAnalyzer.Keys).Distinct().ToList();
    Console.WriteLine("## Results");
    Console.WriteLine();
    Console.WriteLine("| Size | C# lines | Files (C# + config) | Compiler errors | Binding (ms) | " + string.Join(" | ", names.Select(n => n + " (ms)"))
        + " | Analyzers total (ms) | % of binding | Analyzer run wall (ms) | Diagnostics |");
    Console.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", 9 + names.Count)));
    foreach (var (size, code, result) in list)
    {
        Console.WriteLine(
            $"| {size} | {code.SourceLines:N0} | {code.Sources.Count} + {code.AdditionalFiles.Count} | {result.CompilerErrors} | {result.Binding.TotalMilliseconds:F0} | "
            + string.Join(" | ", names.Select(n => result.PerAnalyzer.TryGetValue(n, out var time) ? $"{time.TotalMilliseconds:F1}" : "-"))
            + $" | {result.AnalyzerTotal.TotalMilliseconds:F1} | {result.Ratio:P2} | {result.AnalyzersWall.TotalMilliseconds:F0} | {result.Diagnostics} |");
    }

    Console.WriteLine();
}

static bool Check(string what, bool passed, string measured)
{
    Console.WriteLine($"- {(passed ? "PASS" : "FAIL")}: {what} (measured {measured})");
    return passed;
}

static void PrintMachine()
{
    Console.WriteLine("## Machine");
    Console.WriteLine();
    Console.WriteLine($"- Date: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    Console.WriteLine($"- OS: {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
    Console.WriteLine($"- Cores: {Environment.ProcessorCount}");
    Console.WriteLine($"- RAM: {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):F1} GB");
    Console.WriteLine($"- Runtime: {RuntimeInformation.FrameworkDescription}");
    Console.WriteLine($"- Roslyn: {typeof(Compilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}");
    Console.WriteLine($"- Reference assemblies: {SdkReferencePacks.PackFolder("Microsoft.NETCore.App.Ref")}");
    Console.WriteLine();
}

// The last run's counts, and each run's totals, which a build keeps from run to run.
static void PrintAllocations(AllocationMeter meter, List<string> runTotals)
{
    Console.WriteLine("## Allocated in the callbacks in one run (after a warm-up run of the generated code and one of this code)");
    Console.WriteLine();
    Console.WriteLine("| Analyzer | Callback | Callbacks | KB | Bytes per callback |");
    Console.WriteLine("|---|---|---|---|---|");
    foreach (var (analyzer, callback, calls, bytes) in meter.Counts)
    {
        Console.WriteLine($"| {analyzer} | {callback} | {calls:N0} | {bytes / 1024.0:F1} | {(double)bytes / calls:F0} |");
    }

    Console.WriteLine();
    for (var run = 0; run < runTotals.Count; run++)
    {
        Console.WriteLine($"- run {run + 1}: {runTotals[run]}");
    }
}

/// <summary>The command line: <c>--sizes 1,4,16</c>, <c>--runs 3</c>, <c>--watched 2</c>, <c>--src DIR</c>, <c>--findings FILE</c>, <c>--baseline DLL</c>, <c>--references DIR</c>, <c>--census TOP</c>, <c>--allocations RUNS</c>.</summary>
internal sealed class Arguments
{
    public Arguments(string[] args)
    {
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--sizes":
                    Sizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
                    break;
                case "--runs":
                    Runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--watched":
                    WatchedShare = double.Parse(args[i + 1], CultureInfo.InvariantCulture) / 100;
                    break;
                case "--src":
                    Source = Path.GetFullPath(args[i + 1]);
                    break;
                case "--findings":
                    FindingsFile = Path.GetFullPath(args[i + 1]);
                    break;
                case "--baseline":
                    Baseline = Path.GetFullPath(args[i + 1]);
                    break;
                case "--census":
                    CensusNames = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--references":
                    ReferencesFolder = Path.GetFullPath(args[i + 1]);
                    break;
                case "--allocations":
                    AllocationRuns = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; use --sizes 1,4,16, --runs N, --watched PERCENT, --src DIR, --findings FILE, --baseline DLL, --references DIR, --census TOP or --allocations RUNS.");
            }
        }

        if (args.Length % 2 != 0)
        {
            throw new ArgumentException($"Option {args[^1]} needs a value.");
        }

        if (AllocationRuns is { } allocationRuns && (allocationRuns < 1 || Baseline is not null || FindingsFile is not null || CensusNames is not null))
        {
            throw new ArgumentException("--allocations counts this build's allocations over 1 or more runs: it takes no --baseline, --findings or --census.");
        }

        if (ReferencesFolder is not null && Source is null)
        {
            throw new ArgumentException("--references is for --src: the generated code's budgets are measured on the reference packs alone.");
        }
    }

    public int[] Sizes { get; } = { 1, 4, 16 };

    public int Runs { get; } = 3;

    public string? Source { get; }

    /// <summary>With <c>--src</c>: where to write the findings, one per line, to compare two builds.</summary>
    public string? FindingsFile { get; }

    /// <summary>
    /// With <c>--src</c>: another build's PortAnalyzers.dll, measured run for run beside this build in one process
    /// (before and after a change under the same load), with its findings compared to this build's.
    /// </summary>
    public string? Baseline { get; }

    /// <summary>
    /// <c>--census TOP</c>: instead of measuring, count what the code hands the index (<see cref="IndexCensus"/>) and
    /// list the TOP names given candidate rows most often.
    /// </summary>
    public int? CensusNames { get; }

    /// <summary>
    /// <c>--allocations RUNS</c>: instead of timing, count the bytes each analyzer allocates in each kind of callback
    /// (<see cref="AllocationMeter"/>) over RUNS runs of <c>--src</c>, or of the first <c>--sizes</c> of the generated
    /// code, and print them per run: the same in every run and every process, where times move by a third.
    /// </summary>
    public int? AllocationRuns { get; }

    /// <summary>
    /// <c>--references DIR</c>: the assemblies (*.dll) of DIR compiled against beside the SDK's reference packs, so that
    /// a repository's calls into the libraries it uses (Aspire, Testcontainers, gRPC, …) bind and their rows are read.
    /// Not for the budget's numbers, which are measured on the reference packs alone.
    /// </summary>
    public string? ReferencesFolder { get; }

    public IEnumerable<MetadataReference> LibraryReferences()
        => ReferencesFolder is null
            ? Enumerable.Empty<MetadataReference>()
            : Directory.GetFiles(ReferencesFolder, "*.dll").OrderBy(f => f, StringComparer.Ordinal).Select(f => MetadataReference.CreateFromFile(f));

    /// <summary>The share of generated methods that use a watched API (<c>--watched 12</c> for the dense profile).</summary>
    public double WatchedShare { get; } = SyntheticCodebase.RealisticWatchedShare;
}

/// <summary>
/// A folder of real code: its C# files (bin/ and obj/ left out) with a web project's implicit usings, and its
/// configuration and container files, recognised as the analyzers recognise them.
/// </summary>
internal static class RealCodebase
{
    public static Codebase Load(string folder)
    {
        var all = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(Path.GetRelativePath(folder, p)))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var sources = all.Where(p => p.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
            .Select(p => (p, File.ReadAllText(p)))
            .Append((Path.Combine(folder, "obj", "GlobalUsings.g.cs"), SdkReferencePacks.ImplicitUsings))
            .ToList();
        var files = all.Where(IsConfigFile).Select(p => (p, File.ReadAllText(p))).ToList();
        return new Codebase(sources, files);
    }

    private static bool IsBuildOutput(string relative)
        => relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or ".git");

    private static bool IsConfigFile(string path)
        => PortAnalyzers.Config.ConfigFileKinds.Of(path) is not (PortAnalyzers.Config.ConfigFileKind.None or PortAnalyzers.Config.ConfigFileKind.ProjectFile);
}
