using System.Threading.Tasks;
using PortAnalyzers.Benchmarks;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Performance;

/// <summary>The benchmark's census counts what the analyzer's own index and rows decide, operation by operation.</summary>
public class IndexCensusTests
{
    [Fact]
    public async Task Census_CountsCallbacksCandidatesAndTheRowsThatApply()
    {
        const string Source = """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;

            class Client
            {
                async void Run(HttpClient client)
                {
                    var list = new List<int>();
                    list.Add(1);
                    list.Add(2);
                    var target = new Uri("http://localhost:5000");
                    await client.GetAsync("http://localhost:8080/");
                    var headers = new Dictionary<string, string>();
                    headers["k"] = "v";
                    Console.WriteLine("x");
                }
            }
            """;

        var tally = await IndexCensus.TakeAsync(AnalyzerCost.Parse(new[] { ("Client.cs", Source) }), SdkReferencePacks.Default);

        Assert.Equal(4, tally.Callbacks["call"]);
        Assert.Equal(3, tally.Callbacks["creation"]);
        Assert.Equal(1, tally.Callbacks["assignment"]);
        Assert.Equal(5, tally.Callbacks["string"]);
        Assert.Equal((2, 0), tally.Names[("call", "Add")]);
        Assert.Equal((1, 1), tally.Names[("call", "GetAsync")]);
        Assert.Equal((1, 1), tally.Names[("creation", "Uri")]);
        Assert.Equal((1, 0), tally.Names[("assignment", "this[]")]);
        Assert.Equal(4, tally.Names.Count);
    }
}
