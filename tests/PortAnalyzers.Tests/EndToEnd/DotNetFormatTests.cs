using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using PortAnalyzers.CodeFixes;
using static PortAnalyzers.Tests.EndToEnd.ConsumerProjects;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>
/// <c>dotnet format analyzers</c> on a consumer of the packed package with findings of every rule that has a code fix:
/// one run applies every fix of the ids it is given, whichever ids are given together, and leaves code that compiles
/// without those findings. Run alone with <c>dotnet test tests/PortAnalyzers.Tests --filter "FullyQualifiedName~DotNetFormat"</c>.
/// </summary>
[Trait("Category", "EndToEnd")]
[Collection(PackedPackageCollection.Name)]
public sealed class DotNetFormatTests
{
    /// <summary>Findings of each fixable rule, in the shapes each of its fixes handles; a fix for each.</summary>
    private const string Program = """
        using System.Net;
        using System.Net.Sockets;

        var builder = WebApplication.CreateBuilder(args);

        // PORT003: Kestrel on every interface.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenAnyIP(443));
        var app = builder.Build();

        // PORT001: a URL in the dynamic range.
        app.Urls.Add("http://localhost:50201");

        // PORT003: every interface in a URL, and a privileged port in a port list.
        app.Urls.Add("http://+:80");
        Environment.SetEnvironmentVariable("ASPNETCORE_HTTP_PORTS", "80");

        // PORT001: a listener in the dynamic range.
        var listener = new TcpListener(IPAddress.Loopback, 50000);
        listener.Start();

        // PORT002: a fixed source port, through an endpoint and through a Bind call.
        using var client = new TcpClient(new IPEndPoint(IPAddress.Any, 50123));
        client.Connect(IPAddress.Loopback, 8080);
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Any, 50124));
        socket.Connect(IPAddress.Loopback, 8080);

        // PORT003: a well-known port on every interface.
        var ssh = new TcpListener(IPAddress.Any, 22);
        ssh.Start();

        // PORT011: a test container on a fixed host port.
        var redis = new DotNet.Testcontainers.Builders.ContainerBuilder().WithImage("redis:7").WithPortBinding(6379, 6379).Build();

        app.MapGet("/", Fetcher.GetAsync);
        app.Run();

        static class Fetcher
        {
            // PORT006: an HttpClient per call.
            public static async Task<string> GetAsync()
            {
                using var http = new HttpClient();
                return await http.GetStringAsync("http://localhost:8080/");
            }
        }
        """;

    /// <summary>The ids some exported code fix fixes, found the way dotnet format finds the fixes.</summary>
    private static readonly string[] FixableIds = typeof(PortLiteralCodeFix).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
        .SelectMany(type => ((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds)
        .Distinct()
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    private readonly PackedPackage package;

    public DotNetFormatTests(PackedPackage package) => this.package = package;

    [Fact]
    public void EveryFixableId_InOneRun_FixesEveryFinding() => FormatFixes(FixableIds);

    /// <summary>The pair of the report: PORT002 was left unfixed in about half the runs.</summary>
    [Fact]
    public void Port001AndPort002_InOneRun_FixesBothAndNothingElse()
        => FormatFixes(DiagnosticIds.ListenerInDynamicRange, DiagnosticIds.FixedClientSourcePort);

    private void FormatFixes(params string[] ids)
    {
        var files = WebApp(package.Version).With("Program.cs", Program);
        files["Consumer.csproj"] = files["Consumer.csproj"].Replace(
            "<PackageReference Include=\"PortAnalyzers\"",
            "<PackageReference Include=\"Testcontainers\" Version=\"4.16.0\" />\n    <PackageReference Include=\"PortAnalyzers\"",
            StringComparison.Ordinal);
        files.Remove("appsettings.json");
        var consumer = package.Consumers.Create("format", files);
        var before = consumer.Build().EnsureSuccess();
        Assert.Equal(FixableIds, before.Port.Select(d => d.Id).Where(FixableIds.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal));

        // Minimal verbosity prints the warnings dotnet format gives for a fix it could not apply.
        var format = consumer.Run(new[] { "format", "analyzers", "--diagnostics" }.Concat(ids).Concat(new[] { "--severity", "warn", "-v", "m" }).ToArray())
            .EnsureSuccess();
        Assert.False(
            format.Output.Contains("Unable to fix", StringComparison.Ordinal) || format.Output.Contains("Failed to apply", StringComparison.Ordinal),
            format.Describe());

        var after = consumer.Build();
        Assert.True(after.Succeeded && !after.Diagnostics.Any(d => d.Severity == "error"), consumer.Read("Program.cs") + "\n" + after);
        Assert.True(
            FixableIds.Except(ids).SequenceEqual(after.Port.Select(d => d.Id).Where(FixableIds.Contains).Distinct().OrderBy(id => id, StringComparer.Ordinal)),
            $"Left after formatting {string.Join(" ", ids)}: {string.Join(", ", after.Port)}\n{consumer.Read("Program.cs")}");
    }
}
