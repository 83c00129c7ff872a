using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PortAnalyzers.Code;
using PortAnalyzers.Ports;

namespace PortAnalyzers.Tests.Code;

public class ConnectionStringCandidatesTests
{
    [Theory]
    [InlineData("Host=db;Port=50000")]
    [InlineData("host = db ; port\t= 50000")]
    [InlineData("Data Source=db,50000")]
    [InlineData("Network Address=db,50000")]
    [InlineData("cache:50000,abortConnect=false")]
    [InlineData("Database=app;\r\nPort=50000\tHost=db")]
    [InlineData("postgres://db:50000/app")]
    [InlineData("MongoDB://db:50000")]
    [InlineData("redis://")]
    [InlineData("a ? b : c redis://db")]
    [InlineData("x: y; Port=1")]
    [InlineData("PORT=50000")]
    [InlineData("Data SOURCE=db")]
    [InlineData("SSLHOST=db")]
    [InlineData(@"x\tPort=1")]
    public void ConnectionStringText_IsFound(string text) => Assert.True(ConnectionStringCandidates.Any(text));

    [Theory]
    [InlineData("x = 1, x += 2, x == 3 || x != 4 || x <= 5")]
    [InlineData("myHost=db hosts=2 MyHost=3")]
    [InlineData("Listening on http://localhost:50000 and https://[::1]:50001")]
    [InlineData("file://server/share ftp://x")]
    [InlineData("")]
    [InlineData("=")]
    [InlineData("://")]
    [InlineData("redis:/")]
    [InlineData("redis:")]
    [InlineData("redis:/ /x redis: //x")]
    [InlineData("Port")]
    [InlineData("Timeout=30;Database=app")]
    public void OtherText_IsNotFound(string text) => Assert.False(ConnectionStringCandidates.Any(text));

    /// <summary>
    /// The analyzer turns away a literal shorter than <see cref="ConnectionStringCandidates.ShortestCandidate"/> by its
    /// width alone, so no shorter text may be found; and the bound is tight, or it would turn away less than it can.
    /// </summary>
    [Fact]
    public void ShortestCandidate_IsTheLengthOfTheShortestTextFound()
    {
        var shortest = ConnectionStringVocabulary.ServiceSchemes.Select(scheme => scheme + "://")
            .Concat(ConnectionStringVocabulary.KeyEndings.Select(key => key + "="))
            .Where(ConnectionStringCandidates.Any)
            .Min(text => text.Length);
        Assert.Equal(shortest, ConnectionStringCandidates.ShortestCandidate);

        // Every shorter text, over the characters the candidates are made of: the letters and digits of every key and
        // scheme in both cases, '=', ':', '/', a backslash and a space (about 170,000 texts for a bound of 4).
        var alphabet = string.Concat(ConnectionStringVocabulary.ServiceSchemes.Concat(ConnectionStringVocabulary.KeyEndings))
            .SelectMany(c => new[] { char.ToLowerInvariant(c), char.ToUpperInvariant(c) }).Concat("=:/\\ ").Distinct().ToArray();
        var ofLength = new List<string> { string.Empty };
        var texts = new List<string>(ofLength);
        for (var length = 1; length < shortest; length++)
        {
            ofLength = ofLength.SelectMany(text => alphabet.Select(c => text + c)).ToList();
            texts.AddRange(ofLength);
        }

        foreach (var text in texts)
        {
            Assert.False(ConnectionStringCandidates.Any(text), $"\"{text}\" is shorter than {shortest} characters and found");
        }
    }

    /// <summary>
    /// The promise the analyzer relies on: every string the parser reads an endpoint from is found, so turning away
    /// the others loses nothing. The strings are built in the three shapes the parser reads, from its own keys and
    /// schemes, with random spacing, order, values and noise.
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
            Assert.True(ConnectionStringCandidates.Any(text), $"Nothing is found in \"{text}\", which has an endpoint");
        }

        Assert.True(withEndpoints > 2_000, $"Only {withEndpoints} generated strings had an endpoint: the test checks too little");
    }
}
