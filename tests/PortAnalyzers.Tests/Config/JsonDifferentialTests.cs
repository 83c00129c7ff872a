using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using PortAnalyzers.Config;
using PortAnalyzers.Tests.Robustness;

namespace PortAnalyzers.Tests.Config;

/// <summary>
/// The JSON reader against System.Text.Json read as .NET's JSON configuration provider reads appsettings.json
/// (comments skipped, trailing commas allowed, an object at the top): on appsettings and launchSettings shapes and on
/// thousands of variants with characters deleted, inserted and repeated, both accept the same texts and read the same
/// values. A file the reader refuses and the app reads is a wrong PORT007 with its ports unread; a file it accepts and
/// the app refuses hides the PORT007 that explains a start-up failure.
/// </summary>
public class JsonDifferentialTests
{
    private static readonly JsonDocumentOptions ConfigurationOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly string[] Seeds =
    {
        """
        {
          // The ports the app listens on.
          "Kestrel": {
            "Endpoints": {
              "Http": { "Url": "http://localhost:5000" },
              "Https": { "Url": "https://*:5001", "Certificate": { "Path": "cert.pfx", "Password": "p\u00e4ss\"word" } },
            },
          },
          "ConnectionStrings": { "Db": "Host=db;Port=5432;Database=app" },
          "Limits": { "MaxConcurrentConnections": 100, "Ratio": -1.5e3, "Enabled": true, "Off": false, "None": null },
          "AllowedHosts": "*",
          /* a block comment */ "Urls": "http://+:80;https://+:443"
        }
        """,
        """
        {
          "$schema": "https://json.schemastore.org/launchsettings.json",
          "profiles": {
            "http": {
              "commandName": "Project",
              "launchBrowser": true,
              "applicationUrl": "http://localhost:5106",
              "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development", "PATH": "C:\\tools\\bin" }
            },
            "Container (Dockerfile)": { "commandName": "Docker", "httpPort": 8080, "sslPort": 8081, "publishAllPorts": true, "useSSL": true }
          },
          "iisSettings": { "iisExpress": { "applicationUrl": "http://localhost:52241", "sslPort": 44300 } },
          "list": [1, 2.5, -0, 1E+2, "\/\b\f\n\r\t\u0041", [], {}, [[]]]
        }
        """,
    };

    [Fact]
    public void Seeds_ReadAlike()
    {
        foreach (var seed in Seeds)
        {
            AssertAlike(seed);
            Assert.NotNull(JsonReader.Read(seed).Root);
        }
    }

    /// <summary>The appsettings and launchSettings files the rule tests write, broken ones too: accepted or refused alike.</summary>
    [Fact]
    public void TheRuleTestsFiles_ReadAlike()
    {
        var json = FuzzCorpus.Config.Where(text => FuzzCorpus.Kind(text) == TextKind.Json).ToList();
        foreach (var text in json)
        {
            AssertAlike(text);
        }

        Assert.True(json.Count >= 50, $"only {json.Count} JSON files in the rule tests");
    }

    /// <summary>A file cut anywhere (an editor mid-save): refused as System.Text.Json refuses it, never a throw.</summary>
    [Fact]
    public void EveryPrefixOfTheSeeds_IsRefusedAlike()
    {
        foreach (var seed in Seeds)
        {
            for (var length = 0; length < seed.Length; length++)
            {
                AssertAlike(seed.Substring(0, length));
            }
        }
    }

    [Fact]
    public void MutatedSeeds_AreAcceptedAndReadAlike()
    {
        var random = new Random(20261204);
        var accepted = 0;
        for (var variant = 0; variant < 6000; variant++)
        {
            var text = Mutate(Seeds[variant % Seeds.Length], random, mutations: 1 + random.Next(3));
            accepted += AssertAlike(text) ? 1 : 0;
        }

        // Most variants break the document; enough must stay readable for their values to be compared.
        Assert.True(accepted >= 500, $"only {accepted} variants were JSON");
    }

    private const string Inserted = "{}[],:\"'/*\\\n \t0123456789.eE+-untrfalsx\u00e9";

    private static string Mutate(string text, Random random, int mutations)
    {
        var output = new StringBuilder(text);
        for (var i = 0; i < mutations; i++)
        {
            var at = random.Next(output.Length);
            switch (random.Next(3))
            {
                case 0:
                    output.Remove(at, Math.Min(1 + random.Next(3), output.Length - at));
                    break;
                case 1:
                    output.Insert(at, Inserted[random.Next(Inserted.Length)]);
                    break;
                default:
                    var length = Math.Min(1 + random.Next(8), output.Length - at);
                    output.Insert(at, output.ToString(at, length));
                    break;
            }
        }

        return output.ToString();
    }

    /// <summary>Whether System.Text.Json reads <paramref name="text"/> as configuration; asserts that the reader agrees.</summary>
    private static bool AssertAlike(string text)
    {
        string? expected;
        try
        {
            using var document = JsonDocument.Parse(text, ConfigurationOptions);
            expected = document.RootElement.ValueKind == JsonValueKind.Object ? Canonical(document.RootElement) : null;
        }
        catch (JsonException)
        {
            expected = null;
        }

        var (root, error) = JsonReader.Read(text);
        var actual = root is null ? null : Canonical(root);
        Assert.True(expected == actual, $"System.Text.Json: {expected ?? "refused"}\nthe reader: {actual ?? "refused: " + error?.Message + " at " + error?.Offset}\n{text}");
        return expected is not null;
    }

    private static string Canonical(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "{" + string.Join(",", element.EnumerateObject().Select(p => Quote(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonValueKind.Array => "[" + string.Join(",", element.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.String => Quote(element.GetString()!),
        JsonValueKind.Number => element.GetRawText(),
        _ => element.GetRawText(),
    };

    private static string Canonical(JsonValue value) => value.Kind switch
    {
        JsonKind.Object => "{" + string.Join(",", value.Properties.Select(p => Quote(p.Name) + ":" + Canonical(p.Value))) + "}",
        JsonKind.Array => "[" + string.Join(",", value.Items.Select(Canonical)) + "]",
        JsonKind.String => Quote(value.Text),
        JsonKind.Null => "null",
        _ => value.Text,
    };

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}
