using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis.Testing;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT006's fix: a static HttpClient field in place of the per-operation client.</summary>
public class PORT006_CodeFixTests
{
    private const string Url = "\"http://localhost:5000/\"";


    [Fact]
    public Task UsingDeclaration_FixUsesStaticField() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task<string> M()
            {
                // Fetch the greeting.
                using var client = {|PORT006:new HttpClient()|};
                var text = await client.GetStringAsync({{Url}});
                return text;
            }
        }
        """, $$"""
        class C
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            async Task<string> M()
            {
                // Fetch the greeting.
                var text = await SharedHttpClient.GetStringAsync({{Url}});
                return text;
            }
        }
        """);

    [Fact]
    public Task UsingBlock_FixInlinesItsStatements() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        using System.Net.Http.Json;

        class C
        {
            private readonly int count = 1;

            async Task<int> M()
            {
                using (var client = {|PORT006:new HttpClient()|})
                {
                    var value = await client.GetFromJsonAsync<int>({{Url}});
                    return value + count;
                }
            }
        }
        """, $$"""
        using System.Net.Http.Json;

        class C
        {
            private readonly int count = 1;
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            async Task<int> M()
            {
                var value = await SharedHttpClient.GetFromJsonAsync<int>({{Url}});
                return value + count;
            }
        }
        """);

    [Fact]
    public Task UsingBlocksDeclaringTheSameName_FixKeepsPlainBlocks() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task M()
            {
                using (var client = {|PORT006:new HttpClient()|})
                {
                    var text = await client.GetStringAsync({{Url}});
                    Console.WriteLine(text);
                }

                using (var client = {|PORT006:new HttpClient()|})
                {
                    var text = await client.GetStringAsync({{Url}});
                    Console.WriteLine(text);
                }
            }
        }
        """, $$"""
        class C
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            async Task M()
            {
                {
                    var text = await SharedHttpClient.GetStringAsync({{Url}});
                    Console.WriteLine(text);
                }

                {
                    var text = await SharedHttpClient.GetStringAsync({{Url}});
                    Console.WriteLine(text);
                }
            }
        }
        """);

    [Fact]
    public Task UsingWithoutBraces_FixKeepsItsStatement() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task M(bool go)
            {
                if (go)
                    using (var client = {|PORT006:new HttpClient()|})
                        Console.WriteLine(await client.GetStringAsync({{Url}}));
            }
        }
        """, $$"""
        class C
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            async Task M(bool go)
            {
                if (go)
                    Console.WriteLine(await SharedHttpClient.GetStringAsync({{Url}}));
            }
        }
        """);

    [Fact]
    public Task TwoLocalsInOneType_FixAddsOneField() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        struct S
        {
            Task<string> A()
            {
                var client = {|PORT006:new HttpClient()|};
                return client.GetStringAsync({{Url}});
            }

            async Task<string> B()
            {
                using HttpClient http = {|PORT006:new()|};
                return await http.GetStringAsync({{Url}});
            }
        }
        """, $$"""
        struct S
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            Task<string> A()
            {
                return SharedHttpClient.GetStringAsync({{Url}});
            }

            async Task<string> B()
            {
                return await SharedHttpClient.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task NameTaken_FixPicksAFreeName() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class Base
        {
            protected string SharedHttpClient2 => "";
        }

        class C : Base
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };

            async Task<string> M(string SharedHttpClient3)
            {
                using var client = {|PORT006:new HttpClient()|};
                return await client.GetStringAsync(SharedHttpClient3);
            }
        }
        """, """
        class Base
        {
            protected string SharedHttpClient2 => "";
        }

        class C : Base
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
            private static readonly HttpClient SharedHttpClient4 = new HttpClient();

            async Task<string> M(string SharedHttpClient3)
            {
                return await SharedHttpClient4.GetStringAsync(SharedHttpClient3);
            }
        }
        """);

    [Fact]
    public Task PlainStaticClientExists_FixReusesIt() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        record R
        {
            private static readonly HttpClient Http = new();

            async Task<string> M()
            {
                using var client = {|PORT006:new HttpClient()|};
                return await client.GetStringAsync({{Url}}) + await Http.GetStringAsync({{Url}});
            }
        }
        """, $$"""
        record R
        {
            private static readonly HttpClient Http = new();

            async Task<string> M()
            {
                return await Http.GetStringAsync({{Url}}) + await Http.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task StaticClientThatIsConfigured_FixAddsItsOwn() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            private static readonly HttpClient Http = new HttpClient();

            static C() => Http.Timeout = TimeSpan.FromSeconds(1);

            async Task<string> M()
            {
                using var client = {|PORT006:new HttpClient()|};
                return await client.GetStringAsync({{Url}});
            }
        }
        """, $$"""
        class C
        {
            private static readonly HttpClient Http = new HttpClient();
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            static C() => Http.Timeout = TimeSpan.FromSeconds(1);

            async Task<string> M()
            {
                return await SharedHttpClient.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task LocalInLambdaOfNestedType_FixAddsFieldToThatType() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        using Microsoft.AspNetCore.Builder;

        static class Outer
        {
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/proxy", async () =>
                    {
                        using var client = {|PORT006:new HttpClient()|};
                        return await client.GetStringAsync({{Url}});
                    });
                }
            }
        }
        """, $$"""
        using Microsoft.AspNetCore.Builder;

        static class Outer
        {
            public static class Endpoints
            {
                private static readonly HttpClient SharedHttpClient = new HttpClient();

                public static void Map(WebApplication app)
                {
                    app.MapGet("/proxy", async () =>
                    {
                        return await SharedHttpClient.GetStringAsync({{Url}});
                    });
                }
            }
        }
        """);

    [Fact]
    public Task ConfiguredClientBesideAFixableOne_FixLeavesItAlone() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task<string> M()
            {
                var configured = {|PORT006:new HttpClient()|};
                configured.Timeout = TimeSpan.FromSeconds(1);
                var plain = {|PORT006:new HttpClient()|};
                return await configured.GetStringAsync({{Url}}) + await plain.GetStringAsync({{Url}});
            }
        }
        """, $$"""
        class C
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            async Task<string> M()
            {
                var configured = {|PORT006:new HttpClient()|};
                configured.Timeout = TimeSpan.FromSeconds(1);
                return await configured.GetStringAsync({{Url}}) + await SharedHttpClient.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task ClientThatIsConfiguredOrDisposed_NoFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync(ConfiguredClients, ConfiguredClients);

    [Fact]
    public Task DeclarationThatIsAStatementsWholeBody_NoFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync(EmbeddedDeclaration, EmbeddedDeclaration);

    [Fact]
    public Task TopLevelStatements_NoFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync(TopLevelLoop, TopLevelLoop);

    [Fact]
    public Task PartialTypeOverTwoFiles_FixAllInProjectAddsOneField() => new CSharpCodeFixVerifier<PortUsageAnalyzer, ReuseStaticHttpClientCodeFix>.Test
    {
        TestState =
        {
            Sources =
            {
                ("/0/A.cs", $$"""
                    partial class C
                    {
                        async Task<string> A()
                        {
                            using var client = {|PORT006:new HttpClient()|};
                            return await client.GetStringAsync({{Url}});
                        }
                    }
                    """),
                ("/0/B.cs", $$"""
                    partial class C
                    {
                        async Task<string> B()
                        {
                            using var client = {|PORT006:new HttpClient()|};
                            return await client.GetStringAsync({{Url}});
                        }
                    }
                    """),
            },
        },
        FixedState =
        {
            Sources =
            {
                ("/0/A.cs", $$"""
                    partial class C
                    {
                        private static readonly HttpClient SharedHttpClient = new HttpClient();

                        async Task<string> A()
                        {
                            return await SharedHttpClient.GetStringAsync({{Url}});
                        }
                    }
                    """),
                ("/0/B.cs", $$"""
                    partial class C
                    {
                        async Task<string> B()
                        {
                            return await SharedHttpClient.GetStringAsync({{Url}});
                        }
                    }
                    """),
            },
        },
    }.RunAsync();

    private const string ConfiguredClients = $$"""
        class C
        {
            async Task<string> M(HttpMessageHandler handler)
            {
                using var a = {|PORT006:new HttpClient { Timeout = TimeSpan.FromSeconds(1) }|};
                using var b = {|PORT006:new HttpClient(new HttpClientHandler())|};
                var c = {|PORT006:new HttpClient()|};
                c.DefaultRequestHeaders.Add("X-Test", "1");
                var d = {|PORT006:new HttpClient()|};
                var text = await d.GetStringAsync({{Url}});
                d.Dispose();
                return text + await a.GetStringAsync({{Url}}) + await b.GetStringAsync({{Url}}) + await c.GetStringAsync({{Url}});
            }
        }
        """;

    /// <summary>Broken code the editor still analyzes: a declaration as a loop's or a label's whole statement (CS1023), which cannot be removed.</summary>
    private const string EmbeddedDeclaration = """
        class C
        {
            void M(bool more)
            {
                while (more)
                    {|CS1023:var client = {|PORT006:new HttpClient()|};|}
            }
        }
        """;

    private const string TopLevelLoop = $$"""
        while (true)
        {
            using var client = {|PORT006:new HttpClient()|};
            Console.WriteLine(await client.GetStringAsync({{Url}}));
        }
        """;
}
