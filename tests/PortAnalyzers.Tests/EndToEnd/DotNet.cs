using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>Runs the .NET CLI as a user would, with a time limit, and keeps its output for the failure message.</summary>
internal static class DotNet
{
    /// <summary>The dotnet host running these tests, so child builds use the same SDK.</summary>
    private static readonly string Host =
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>Set by the MSBuild that launched the tests; a child build must find its own.</summary>
    private static readonly string[] InheritedMsBuildVariables =
    {
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE",
    };

    public static ProcessResult Run(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment,
        params string[] arguments)
    {
        var start = new ProcessStartInfo(Host)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedMsBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        // No MSBuild server or reused nodes: nothing may outlive the test, or hold the temporary folder open.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var pair in environment)
            {
                start.Environment[pair.Key] = pair.Value;
            }
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"'dotnet {string.Join(" ", arguments)}' in {workingDirectory} did not finish within {timeout}. Output:\n{Text(output)}");
        }

        // The parameterless overload waits until the redirected output has been read to the end.
        process.WaitForExit();
        return new ProcessResult(string.Join(" ", arguments), workingDirectory, process.ExitCode, Text(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}

/// <summary>What a finished dotnet command printed and returned.</summary>
internal sealed record ProcessResult(string Command, string WorkingDirectory, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Fails with the whole output unless the command succeeded.</summary>
    public ProcessResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException(Describe());
        }

        return this;
    }

    public string Describe()
        => $"'dotnet {Command}' in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:0.0}s. Output:\n{Output}";
}
