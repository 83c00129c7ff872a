using System.Linq;
using System.Threading;
using PortAnalyzers.Config.Containers;

namespace PortAnalyzers.Tests.Config;

public class DockerfileReaderTests
{
    [Fact]
    public void FinalStage_TakesTheImageAndPortsOfTheStagesItIsBuiltOn()
    {
        var file = Read("""
            ARG TAG=8.0
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:${TAG} AS base
            ENV ASPNETCORE_HTTP_PORTS=5000
            EXPOSE 5000
            FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
            EXPOSE 1234
            FROM base AS final
            EXPOSE 5001/udp
            """);

        Assert.Equal("mcr.microsoft.com/dotnet/aspnet:8.0", file.BaseImage);
        Assert.Equal(new long?[] { 5000, 5001 }, file.Exposes.Select(e => e.Low));
        Assert.Equal("udp", file.Exposes[1].Protocol);
        Assert.Equal("5000", file.Environment["ASPNETCORE_HTTP_PORTS"].Value!.Value.Text);
    }

    [Fact]
    public void EnvForms_QuotesAndSubstitution()
    {
        var file = Read("""
            FROM scratch
            ARG PORT=5000
            ENV A=1 B="two words" C='$PORT' D=$PORT E=${MISSING:-7} F=${MISSING}
            ENV G the rest of the line
            """);

        var environment = file.Environment;
        Assert.Equal("two words", environment["B"].Value!.Value.Text);
        Assert.Equal("$PORT", environment["C"].Value!.Value.Text);
        Assert.Equal("5000", environment["D"].Value!.Value.Text);
        Assert.False(environment["D"].Value!.Value.Exact);
        Assert.Equal("7", environment["E"].Value!.Value.Text);
        Assert.Null(environment["F"].Value);
        Assert.Equal("the rest of the line", environment["G"].Value!.Value.Text);
    }

    [Fact]
    public void Continuations_KeepEachCharactersPlace()
    {
        const string text = "FROM scratch\nENV A=1 \\\n    URLS=http://+:80\n";
        var url = Read(text).Environment["URLS"].Value!.Value;

        Assert.True(url.Exact);
        Assert.Equal(text.IndexOf("80\n", System.StringComparison.Ordinal), url.SpanOf(url.Text.Length - 2, 2).Start);
    }

    [Fact]
    public void HereDocuments_AreNotInstructions()
    {
        var file = Read("FROM scratch\nRUN <<EOF cat > /a && <<'X' cat > /b\nEXPOSE 1\nEOF\nEXPOSE 2\nX\nEXPOSE 3\n");

        Assert.Equal(new long?[] { 3 }, file.Exposes.Select(e => e.Low));
    }

    [Theory]
    [InlineData("FROM scratch\nEXPOSE 80/quic\n", "is not a port")]
    [InlineData("FROM\n", "FROM needs an image")]
    [InlineData("FROM scratch\nENV\n", "ENV needs a name and a value")]
    [InlineData("FROM scratch\nENV A=1 B\n", "NAME=value pairs")]
    [InlineData("RUN x\n", "RUN before the first FROM")]
    [InlineData("FROM scratch\nFOO bar\n", "unknown instruction 'FOO'")]
    public void Malformed_ReportsWhy(string text, string message)
    {
        var (file, error) = DockerfileReader.Read(text, CancellationToken.None);

        Assert.Null(file);
        Assert.Contains(message, error!.Value.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyFile_HasNoStages()
    {
        Assert.Empty(Read("# only a comment\n").Stages);
    }

    /// <summary>A Dockerfile cut anywhere is read or refused (PORT007), never a throw: each prefix of real-world shapes.</summary>
    [Fact]
    public void EveryPrefix_IsReadOrRefused_NeverThrows()
    {
        const string text = "# syntax=docker/dockerfile:1\r\n# escape=\\\nARG TAG=8.0\nFROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/aspnet:${TAG} AS base\n"
            + "ENV ASPNETCORE_HTTP_PORTS=8080 B=\"two words\" C='$TAG' \\\n    D=${MISSING:-7}\nEXPOSE 8080 8081/udp 9000-9010\n"
            + "RUN <<EOF cat > /a\nEXPOSE 1\nEOF\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\nFROM base AS final\n"
            + "ENTRYPOINT [\"dotnet\", \"App.dll\", \"--urls\", \"http://+:5000\"]\n";
        for (var length = 0; length <= text.Length; length++)
        {
            var prefix = text.Substring(0, length);
            var exception = Record.Exception(() => DockerfileReader.Read(prefix, CancellationToken.None));
            Assert.True(exception is null, $"{exception}\n--- text\n{prefix}");
        }
    }

    private static Dockerfile Read(string text)
    {
        var (file, error) = DockerfileReader.Read(text, CancellationToken.None);
        Assert.Null(error);
        return file!;
    }
}
