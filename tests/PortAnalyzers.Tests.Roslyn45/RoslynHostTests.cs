using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Tests;

/// <summary>Guards the point of this project: the shared tests really run on the oldest supported Roslyn.</summary>
public class RoslynHostTests
{
    [Fact]
    public void TestsRunOnTheMinimumRoslyn()
    {
        var expected = typeof(RoslynHostTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RoslynMinimumVersion").Value!;

        Assert.Equal(new Version(expected + ".0"), typeof(Compilation).Assembly.GetName().Version);
        Assert.Equal(new Version(expected + ".0"), typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly.GetName().Version);
        Assert.Equal(new Version(expected + ".0"), typeof(Microsoft.CodeAnalysis.Workspace).Assembly.GetName().Version);
    }
}
