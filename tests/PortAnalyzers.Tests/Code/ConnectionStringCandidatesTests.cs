using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using PortAnalyzers.Code;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Code;

public class ConnectionStringCandidatesTests
{
    private static List<int> Find(string text)
    {
        var positions = new List<int>();
        ConnectionStringCandidates.Find(text, positions, CancellationToken.None);
        return positions;
    }

    [Theory]
    [InlineData("var s = \"Host=db;Port=50000\";", "=db", "=50000")]
    [InlineData("var s = \"host = db ; port\t= 50000\";", "= db", "= 50000")]
    [InlineData("var s = \"Data Source=db,50000\";", "=db")]
    [InlineData("var s = \"Network Address=db,50000\";", "=db")]
    [InlineData("var s = \"cache:50000,abortConnect=false\";", "=false")]
    [InlineData("var s = \"Database=app;\\r\\nPort=50000\\tHost=db\";", "=50000", "=db")]
    [InlineData("var s = \"postgres://db:50000/app\";", "://db")]
    [InlineData("var s = \"MongoDB://db:50000\";", "://db")]
    [InlineData("redis://", "://")]
    [InlineData("a = b ? c : d; var s = \"redis://db\" + x; Port=1", "://db", "=1")]
    [InlineData("var s = \"PORT=50000;hOsT=db;Data SOURCE=db;SSLHOST=db\";", "=50000", "=db;D", "=db;S", "=db\"")]
    public void ConnectionStringText_IsFound(string text, params string[] expected)
        => Assert.Equal(expected.Select(e => text.IndexOf(e, StringComparison.Ordinal)), Find(text));

    [Theory]
    [InlineData("var x = 1; x += 2; if (x == 3 || x != 4 || x <= 5) { }")]
    [InlineData("var myHost = \"db\"; var hosts = 2; MyHost=3;")]
    [InlineData("Console.WriteLine(\"Listening on http://localhost:50000 and https://[::1]:50001\");")]
    [InlineData("file://server/share ftp://x")]
    [InlineData("")]
    [InlineData("=")]
    [InlineData("://")]
    [InlineData("redis:/")]
    [InlineData("redis:")]
    [InlineData("redis:/ /x redis: //x")]
    public void OtherText_IsNotFound(string text) => Assert.Empty(Find(text));

    [Fact]
    public void CodeAfterAKeyWord_IsFoundForTheCallerToRuleOut()
    {
        const string text = "var host = GetHost(); builder.Port = 5432;";

        Assert.Equal(new[] { text.IndexOf('='), text.LastIndexOf('=') }, Find(text));
    }

    /// <summary>
    /// The promise the analyzer relies on: every string the parser reads an endpoint from holds a position the scan
    /// finds, so skipping the strings away from those positions loses nothing. The strings are built in the three
    /// shapes the parser reads, from its own keys and schemes, with random spacing, order, values and noise.
    /// </summary>
    [Fact]
    public void EveryStringWithAnEndpoint_HoldsACandidate()
    {
        var keys = ConnectionStringVocabulary.KeyEndings
            .Concat(new[] { "Data Source", "Network Address", "Host Name", "Timeout", "Database", "User Id", "Pooling" })
            .ToArray();
        var schemes = ConnectionStringVocabulary.ServiceSchemes.Concat(new[] { "http", "file" }).ToArray();
        var values = new[] { "localhost", "db.example", "50000", "5432", "db,50000", "h1:50000,h2", "tcp:db,50000", "[::1]:50000", "x", PartialText.HoleString };
        var spaces = new[] { string.Empty, " ", "\t", "  " };
        var random = new Random(20261201);
        string Pick(string[] from) => from[random.Next(from.Length)];
        var withEndpoints = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var builder = new StringBuilder();
            switch (random.Next(3))
            {
                case 0:
                    for (var n = random.Next(1, 5); n > 0; n--)
                    {
                        builder.Append(Pick(spaces)).Append(Pick(keys)).Append(Pick(spaces)).Append('=').Append(Pick(spaces)).Append(Pick(values)).Append(';');
                    }

                    break;
                case 1:
                    builder.Append(Pick(values)).Append(',').Append(Pick(keys)).Append('=').Append(Pick(values));
                    break;
                default:
                    builder.Append(Pick(spaces)).Append(Pick(schemes)).Append("://").Append(random.Next(2) == 0 ? "user:pw@" : string.Empty)
                        .Append(Pick(values)).Append(random.Next(2) == 0 ? ":50000" : string.Empty).Append("/app");
                    break;
            }

            var text = builder.ToString();
            if (ConnectionStrings.Parse(text).Count == 0)
            {
                continue;
            }

            withEndpoints++;
            Assert.True(Find(text).Count > 0, $"The scan finds nothing in \"{text}\", which has an endpoint");
        }

        Assert.True(withEndpoints > 2_000, $"Only {withEndpoints} generated strings had an endpoint: the test checks too little");
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => ConnectionStringCandidates.Find("a = \"Host=db;Port=1\"", new List<int>(), cancelled.Token));
    }
}
