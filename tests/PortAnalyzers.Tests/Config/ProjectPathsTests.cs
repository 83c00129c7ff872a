using PortAnalyzers.Config.Containers;

namespace PortAnalyzers.Tests.Config;

public class ProjectPathsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("/src/App/Dockerfile", "/src/App/Dockerfile")]
    [InlineData("C:/src/App", "C:/src/App")]
    [InlineData(@"C:\src\App\Dockerfile", "C:/src/App/Dockerfile")]
    [InlineData("/src/App/", "/src/App")]
    [InlineData("/src//App", "/src/App")]
    [InlineData("/src/./App", "/src/App")]
    [InlineData("./App", "App")]
    [InlineData("/src/App/..", "/src")]
    [InlineData("/src/App/../Other/./Dockerfile", "/src/Other/Dockerfile")]
    [InlineData("../App", "../App")]
    [InlineData("../../App", "../../App")]
    [InlineData("/src/.docker/Redis", "/src/.docker/Redis")]
    [InlineData("/src/App./x.", "/src/App./x.")]
    [InlineData("/src/...", "/src/...")]
    public void Normalize_ResolvesSeparatorsAndDots(string path, string expected)
        => Assert.Equal(expected, ProjectPaths.Normalize(path));

    [Theory]
    [InlineData("/tmp/repo/tests/RedisConfigs/.docker/Redis/Dockerfile")]
    [InlineData("C:/src/App/appsettings.json")]
    public void Normalize_ReturnsAPathWrittenSoAlready_AsItIs(string path)
        => Assert.Same(path, ProjectPaths.Normalize(path));

    [Fact]
    public void Same_IgnoresCaseAndHowThePathIsWritten()
    {
        Assert.True(ProjectPaths.Same(@"C:\src\App\Dockerfile", "c:/SRC/app/./Dockerfile"));
        Assert.False(ProjectPaths.Same("/src/App/Dockerfile", "/src/Other/Dockerfile"));
    }
}
