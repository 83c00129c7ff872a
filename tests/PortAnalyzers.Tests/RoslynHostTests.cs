using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PortAnalyzers.Tests;

/// <summary>
/// The tests run twice, on the newest and on the oldest supported Roslyn; this guards that each run really loads
/// the Roslyn its project asks for, so a restore that silently picks another version cannot hide a break.
/// </summary>
public class RoslynHostTests
{
    [Fact]
    public void TestsRunOnTheRoslynTheProjectAsksFor()
    {
        var expected = new Version(typeof(RoslynHostTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RoslynTestVersion").Value + ".0");

        Assert.Equal(expected, typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(expected, typeof(CSharpCompilation).Assembly.GetName().Version);
        Assert.Equal(expected, typeof(Workspace).Assembly.GetName().Version);
    }
}
