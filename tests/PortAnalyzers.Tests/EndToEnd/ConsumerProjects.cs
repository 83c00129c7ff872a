using System;
using System.Collections.Generic;

namespace PortAnalyzers.Tests.EndToEnd;

/// <summary>The files of the consumer projects, written the way a user of the package would write them.</summary>
internal static class ConsumerProjects
{
    public const string ConsoleProgram = """
        using System.Net;
        using System.Net.Sockets;

        var listener = new TcpListener(IPAddress.Loopback, 50000);
        listener.Start();
        var second = new TcpListener(IPAddress.Loopback, 50001);
        second.Start();
        var belowIana = new TcpListener(IPAddress.Loopback, 40000);
        belowIana.Start();
        """;

    public const string WebProgram = """
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(50200));
        var app = builder.Build();
        app.MapGet("/", () => "Hello");
        app.Urls.Add("http://localhost:50201");
        app.Run();
        """;

    public const string AppSettings = """
        {
          "Kestrel": {
            "Endpoints": {
              "Http": {
                "Url": "http://localhost:50100"
              }
            }
          }
        }
        """;

    public static Dictionary<string, string> ConsoleApp(string version, string program = ConsoleProgram)
        => new()
        {
            ["Consumer.csproj"] = Project("Microsoft.NET.Sdk", version, "<OutputType>Exe</OutputType>"),
            ["Program.cs"] = program,
        };

    public static Dictionary<string, string> WebApp(string version)
        => new()
        {
            ["Consumer.csproj"] = Project("Microsoft.NET.Sdk.Web", version, string.Empty),
            ["Program.cs"] = WebProgram,
            ["appsettings.json"] = AppSettings,
        };

    public static Dictionary<string, string> With(this Dictionary<string, string> files, string path, string content)
    {
        files[path] = content;
        return files;
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        return index < 0 ? throw new ArgumentException($"'{fragment}' is not in the text", nameof(fragment)) : index + 1;
    }

    private static string Project(string sdk, string version, string extraProperties) => $"""
        <Project Sdk="{sdk}">
          <PropertyGroup>
            {extraProperties}
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="PortAnalyzers" Version="{version}" />
          </ItemGroup>
        </Project>
        """;
}
