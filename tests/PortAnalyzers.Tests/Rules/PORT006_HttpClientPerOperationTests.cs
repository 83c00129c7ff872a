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

public class PORT006_HttpClientPerOperationTests
{
    private const string Url = "\"http://localhost:5000/\"";

    // Locals

    [Fact]
    public Task UsingDeclarationLocal_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                using var client = [|new HttpClient()|];
                return await client.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task LocalWithoutUsing_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            Task<string> M()
            {
                var client = [|new HttpClient()|];
                return client.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task UsingStatementLocal_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                using (var client = [|new HttpClient()|])
                {
                    return await client.GetStringAsync({{Url}});
                }
            }
        }
        """);

    [Fact]
    public Task TargetTypedNew_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                using HttpClient client = [|new()|];
                return await client.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task UnusedLocal_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        class C
        {
            void M()
            {
                using var client = [|new HttpClient()|];
            }
        }
        """);

    [Fact]
    public Task ConfiguredAndDisposedLocal_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                var client = [|new HttpClient { Timeout = TimeSpan.FromSeconds(5) }|];
                client.BaseAddress = new Uri({{Url}});
                client.DefaultRequestHeaders.Add("X-Test", "1");
                try
                {
                    return await client.GetStringAsync("api");
                }
                finally
                {
                    client?.Dispose();
                }
            }
        }
        """);

    [Fact]
    public Task LocalAssignedAfterDeclaration_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                HttpClient? client = null;
                try
                {
                    client = [|new HttpClient()|];
                    return await client.GetStringAsync({{Url}});
                }
                finally
                {
                    client?.Dispose();
                }
            }
        }
        """);

    [Fact]
    public Task LocalInMinimalApiHandler_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.AspNetCore.Builder;

        static class Endpoints
        {
            public static void Map(WebApplication app)
            {
                app.MapGet("/proxy", async () =>
                {
                    using var client = [|new HttpClient()|];
                    return await client.GetStringAsync({{Url}});
                });
            }
        }
        """);

    [Fact]
    public Task LocalInTopLevelHandlerLambda_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.Create(args);
        app.MapGet("/proxy", () => [|new HttpClient()|].GetStringAsync({{Url}}));
        app.Run();
        """);

    [Fact]
    public Task LocalInLocalFunctionAndAccessor_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            string Status
            {
                get
                {
                    using var client = [|new HttpClient()|];
                    return client.GetStringAsync({{Url}}).Result;
                }
            }

            async Task<string> M()
            {
                return await Fetch();

                async Task<string> Fetch()
                {
                    using var client = [|new HttpClient()|];
                    return await client.GetStringAsync({{Url}});
                }
            }
        }
        """);

    [Fact]
    public Task LocalUsedInLinqAndTaskRunLambdas_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        class C
        {
            async Task<string[]> M(string[] urls)
            {
                using var client = [|new HttpClient()|];
                await Task.Run(() => client.GetStringAsync(urls[0]));
                return await Task.WhenAll(urls.Select(u => client.GetStringAsync(u)));
            }
        }
        """);

    [Fact]
    public Task LocalWithJsonExtensionRequest_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        using System.Net.Http.Json;

        class C
        {
            async Task<int> M()
            {
                using var client = [|new HttpClient()|];
                return await client.GetFromJsonAsync<int>({{Url}});
            }
        }
        """);

    [Fact]
    public Task LocalInConstructorOfOrdinaryClass_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            private readonly string text;

            public C()
            {
                using var client = [|new HttpClient()|];
                text = client.GetStringAsync({{Url}}).Result;
            }
        }
        """);

    // Inline

    [Fact]
    public Task InlineRequest_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            Task<string> M() => [|new HttpClient()|].GetStringAsync({{Url}});
        }
        """);

    [Fact]
    public Task InlineJsonExtensionRequest_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        using System.Net.Http.Json;

        class C
        {
            Task<int> M() => [|new HttpClient()|].GetFromJsonAsync<int>({{Url}});
        }
        """);

    // Handlers

    [Fact]
    public Task HandlerCreatedInTheSameOperation_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                var handler = new HttpClientHandler();
                using var client = [|new HttpClient(handler)|];
                using var other = [|new HttpClient(new SocketsHttpHandler(), disposeHandler: true)|];
                return await client.GetStringAsync({{Url}}) + await other.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task HandlerThatOutlivesTheClient_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            private static readonly SocketsHttpHandler SharedHandler = new SocketsHttpHandler();
            private readonly HttpMessageHandler handler;

            public C(HttpMessageHandler handler) => this.handler = handler;

            async Task<string> M(HttpMessageHandler parameter)
            {
                using var a = new HttpClient(SharedHandler, disposeHandler: false);
                using var b = new HttpClient(handler, false);
                using var c = new HttpClient(parameter);
                var local = SharedHandler;
                using var d = new HttpClient(local, false);
                return await a.GetStringAsync({{Url}}) + await b.GetStringAsync({{Url}}) + await c.GetStringAsync({{Url}}) + await d.GetStringAsync({{Url}});
            }
        }
        """);

    // Types ASP.NET Core creates per request

    [Fact]
    public Task ControllerFieldInitializer_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc;

        public class ValuesController : ControllerBase
        {
            private readonly HttpClient client = [|new HttpClient()|];
            private static readonly HttpClient Shared = new HttpClient();
        }
        """);

    [Fact]
    public Task ApiControllerAttributeProperty_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc;

        [ApiController]
        public class Values
        {
            public HttpClient Client { get; } = [|new()|];
        }
        """);

    [Fact]
    public Task PageModelConstructorAssignment_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class IndexModel : PageModel
        {
            private readonly HttpClient client;

            public IndexModel()
            {
                client = [|new HttpClient()|];
                this.Other = [|new HttpClient()|];
            }

            public HttpClient Other { get; }
        }
        """);

    [Fact]
    public Task StaticFieldAssignedInControllerConstructor_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc;

        [Route("/[controller]")]
        public class MoviesController : Controller
        {
            private static HttpClient? client;

            public MoviesController() => client = [|new HttpClient()|];
        }
        """);

    [Fact]
    public Task HubSubclassField_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.SignalR;

        public interface IChatClient { Task Receive(string message); }

        public class ChatHub : Hub<IChatClient>
        {
            private readonly HttpClient client = [|new HttpClient()|];
        }
        """);

    [Fact]
    public Task InstanceFieldOfOrdinaryClass_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        public class WeatherService
        {
            private readonly HttpClient client = new HttpClient();
            private HttpClient Other { get; } = new();

            public WeatherService() => client = new HttpClient();
        }
        """);

    [Fact]
    public Task ControllerUsingFactoryOrStaticClient_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.AspNetCore.Mvc;

        public class ValuesController : ControllerBase
        {
            private static readonly HttpClient Shared = new HttpClient();
            private readonly HttpClient client;

            public ValuesController(IHttpClientFactory factory) => client = factory.CreateClient();

            public Task<string> Get() => Shared.GetStringAsync({{Url}});
        }
        """);

    // Lifetimes that outlive the operation

    [Fact]
    public Task StaticFields_DoNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync("""
        class C
        {
            private static readonly HttpClient A = new HttpClient();
            private static HttpClient B { get; } = new();
            private static HttpClient? c;
            private static HttpClient? d;

            static C() => c = new HttpClient();

            static HttpClient D => d ??= new HttpClient();
        }
        """);

    [Fact]
    public Task FactoriesReturningTheClient_DoNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            HttpClient Create() => new HttpClient();

            HttpClient CreateConfigured()
            {
                var client = new HttpClient();
                client.BaseAddress = new Uri({{Url}});
                return client;
            }

            IEnumerable<HttpClient> Many()
            {
                var client = new HttpClient();
                yield return client;
            }

            Func<HttpClient> Lazy() => () => new HttpClient();
        }
        """);

    [Fact]
    public Task LocalHandedToSomethingThatKeepsIt_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class ApiClient
        {
            public ApiClient(HttpClient client) { }
        }

        class C
        {
            private HttpClient? field;
            private readonly List<HttpClient> clients = new();

            void Keep(HttpClient client) { }

            void Store() { var client = new HttpClient(); field = client; }

            ApiClient Wrap() { var client = new HttpClient(); return new ApiClient(client); }

            void Pass() { var client = new HttpClient(); Keep(client); }

            void Add() { var client = new HttpClient(); clients.Add(client); }

            void Out(out HttpClient result) { var client = new HttpClient(); result = client; }

            void Alias() { var client = new HttpClient(); var other = client; other.CancelPendingRequests(); }

            ApiClient Inline() => new ApiClient(new HttpClient());
        }
        """);

    [Fact]
    public Task LocalCapturedByDelegateThatMayOutliveTheCall_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            private readonly List<Func<Task<string>>> callbacks = new();

            void Register(Func<Task<string>> callback) => callbacks.Add(callback);

            Func<Task<string>> Returned()
            {
                var client = new HttpClient();
                return () => client.GetStringAsync({{Url}});
            }

            void Registered()
            {
                var client = new HttpClient();
                Register(() => client.GetStringAsync({{Url}}));
            }
        }
        """);

    [Fact]
    public Task EntryPointRunsOnce_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        using var client = new HttpClient();
        Console.WriteLine(await client.GetStringAsync({{Url}}));
        """);

    [Fact]
    public Task EntryPointLoop_Reports() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        for (var i = 0; i < 10; i++)
        {
            using var client = [|new HttpClient()|];
            Console.WriteLine(await client.GetStringAsync({{Url}}));
        }
        """);

    [Fact]
    public Task MainMethodRunsOnce_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        static class Program
        {
            static async Task Main()
            {
                using var client = new HttpClient();
                Console.WriteLine(await client.GetStringAsync({{Url}}));
            }
        }
        """);

    [Fact]
    public Task DerivedClientType_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        class MyClient : HttpClient { }

        class C
        {
            Task<string> M() => new MyClient().GetStringAsync({{Url}});
        }
        """);

    // Projects

    [Fact]
    public Task TestProject_DoesNotReport() => new CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => new HttpClient().GetStringAsync({{Url}});
            }
            """,
        TestState =
        {
            AdditionalReferences = { MetadataReference.CreateFromFile(typeof(FactAttribute).Assembly.Location) },
        },
    }.RunAsync();

    [Theory]
    [InlineData("xunit.v3.core")]
    [InlineData("nunit.framework")]
    [InlineData("Microsoft.VisualStudio.TestPlatform.TestFramework")]
    [InlineData("Microsoft.AspNetCore.Components.WebAssembly")]
    public Task ProjectReferencingTestFrameworkOrBrowserRuntime_DoesNotReport(string assemblyName) => new CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => new HttpClient().GetStringAsync({{Url}});
            }
            """,
        TestState =
        {
            AdditionalReferences = { CSharpCompilation.Create(assemblyName).ToMetadataReference() },
        },
    }.RunAsync();

    [Fact]
    public Task ProjectReferencingOtherLibraries_Reports() => new CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => [|new HttpClient()|].GetStringAsync({{Url}});
            }
            """,
        TestState =
        {
            AdditionalReferences = { CSharpCompilation.Create("xunit.abstractions").ToMetadataReference() },
        },
    }.RunAsync();

    [Theory]
    [InlineData("build_property.UsingMicrosoftNETSdkBlazorWebAssembly = true")]
    [InlineData("build_property.RuntimeIdentifier = browser-wasm")]
    [InlineData("build_property.TargetPlatformIdentifier = browser")]
    public Task BrowserProject_DoesNotReport(string property) => new CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => new HttpClient().GetStringAsync({{Url}});
            }
            """,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.GlobalConfig(property) },
        },
    }.RunAsync();

    [Fact]
    public Task ServerProjectProperties_Report() => new CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => [|new HttpClient()|].GetStringAsync({{Url}});
            }
            """,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.GlobalConfig("build_property.UsingMicrosoftNETSdkBlazorWebAssembly = false\nbuild_property.RuntimeIdentifier = linux-x64") },
        },
    }.RunAsync();

    [Fact]
    public Task GeneratedCode_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        // <auto-generated/>
        class C
        {
            Task<string> M() => new HttpClient().GetStringAsync({{Url}});
        }
        """);

    [Fact]
    public Task GeneratedCodeAttribute_DoesNotReport() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync($$"""
        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        class C
        {
            Task<string> M() => new HttpClient().GetStringAsync({{Url}});
        }
        """);

    [Fact]
    public Task BrokenCode_DoesNotThrow() => new CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Test
    {
        TestCode = """
            class C
            {
                void M()
                {
                    using var client = new HttpClient(undefined);
                    client.
                }
            }
            """,
        CompilerDiagnostics = CompilerDiagnostics.None,
    }.RunAsync();

    [Fact]
    public Task Message_NamesTheHolderAndThePortRisk() => CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.VerifyAnalyzerAsync(
        """
        class C
        {
            void M() { using var client = {|#0:new HttpClient()|}; }
        }
        """,
        CSharpAnalyzerVerifier<HttpClientLifetimeAnalyzer>.Diagnostic("PORT006").WithLocation(0).WithArguments("in local 'client'", "call"));

    // Code fix

    [Fact]
    public Task UsingDeclaration_FixUsesStaticField() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task<string> M()
            {
                // Fetch the greeting.
                using var client = [|new HttpClient()|];
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
    public Task UsingBlock_FixInlinesItsStatements() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        using System.Net.Http.Json;

        class C
        {
            private readonly int count = 1;

            async Task<int> M()
            {
                using (var client = [|new HttpClient()|])
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
    public Task UsingBlocksDeclaringTheSameName_FixKeepsPlainBlocks() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task M()
            {
                using (var client = [|new HttpClient()|])
                {
                    var text = await client.GetStringAsync({{Url}});
                    Console.WriteLine(text);
                }

                using (var client = [|new HttpClient()|])
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
    public Task UsingWithoutBraces_FixKeepsItsStatement() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task M(bool go)
            {
                if (go)
                    using (var client = [|new HttpClient()|])
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
    public Task TwoLocalsInOneType_FixAddsOneField() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        struct S
        {
            Task<string> A()
            {
                var client = [|new HttpClient()|];
                return client.GetStringAsync({{Url}});
            }

            async Task<string> B()
            {
                using HttpClient http = [|new()|];
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
    public Task NameTaken_FixPicksAFreeName() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class Base
        {
            protected string SharedHttpClient2 => "";
        }

        class C : Base
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };

            async Task<string> M(string SharedHttpClient3)
            {
                using var client = [|new HttpClient()|];
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
    public Task PlainStaticClientExists_FixReusesIt() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        record R
        {
            private static readonly HttpClient Http = new();

            async Task<string> M()
            {
                using var client = [|new HttpClient()|];
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
    public Task StaticClientThatIsConfigured_FixAddsItsOwn() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            private static readonly HttpClient Http = new HttpClient();

            static C() => Http.Timeout = TimeSpan.FromSeconds(1);

            async Task<string> M()
            {
                using var client = [|new HttpClient()|];
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
    public Task LocalInLambdaOfNestedType_FixAddsFieldToThatType() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        using Microsoft.AspNetCore.Builder;

        static class Outer
        {
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/proxy", async () =>
                    {
                        using var client = [|new HttpClient()|];
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
    public Task ConfiguredClientBesideAFixableOne_FixLeavesItAlone() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync($$"""
        class C
        {
            async Task<string> M()
            {
                var configured = [|new HttpClient()|];
                configured.Timeout = TimeSpan.FromSeconds(1);
                var plain = [|new HttpClient()|];
                return await configured.GetStringAsync({{Url}}) + await plain.GetStringAsync({{Url}});
            }
        }
        """, $$"""
        class C
        {
            private static readonly HttpClient SharedHttpClient = new HttpClient();

            async Task<string> M()
            {
                var configured = [|new HttpClient()|];
                configured.Timeout = TimeSpan.FromSeconds(1);
                return await configured.GetStringAsync({{Url}}) + await SharedHttpClient.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task ClientThatIsConfiguredOrDisposed_NoFix() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync(ConfiguredClients, ConfiguredClients);

    [Fact]
    public Task TopLevelStatements_NoFix() => CSharpCodeFixVerifier<HttpClientLifetimeAnalyzer, ReuseStaticHttpClientCodeFix>.VerifyCodeFixAsync(TopLevelLoop, TopLevelLoop);

    [Fact]
    public async Task PartialTypeOverTwoFiles_FixAllInProjectAddsOneField()
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "P", "P", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            metadataReferences: SdkReferencePacks.Default));
        var part = $$"""
            using System.Net.Http;
            using System.Threading.Tasks;

            partial class C
            {
                async Task<string> {0}()
                {
                    using var client = new HttpClient();
                    return await client.GetStringAsync({{Url}});
                }
            }
            """;
        var first = workspace.AddDocument(project.Id, "A.cs", SourceText.From(part.Replace("{0}", "A", StringComparison.Ordinal)));
        workspace.AddDocument(first.Project.Id, "B.cs", SourceText.From(part.Replace("{0}", "B", StringComparison.Ordinal)));
        project = workspace.CurrentSolution.GetProject(project.Id)!;

        var compilation = (await project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HttpClientLifetimeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Equal(2, diagnostics.Length);

        var fix = new ReuseStaticHttpClientCodeFix();
        var context = new FixAllContext(
            project.Documents.First(), fix, FixAllScope.Project, ReuseStaticHttpClientCodeFix.EquivalenceKey,
            fix.FixableDiagnosticIds, new FixedDiagnostics(diagnostics), CancellationToken.None);
        var action = (await fix.GetFixAllProvider().GetFixAsync(context))!;
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var fixedProject = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetProject(project.Id)!;

        var fixedCompilation = (await fixedProject.GetCompilationAsync())!;
        Assert.Empty(fixedCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var fields = fixedCompilation.GetTypeByMetadataName("C")!.GetMembers().OfType<IFieldSymbol>().ToList();
        Assert.Equal("SharedHttpClient", Assert.Single(fields).Name);
        Assert.Empty(await fixedCompilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new HttpClientLifetimeAnalyzer()))
            .GetAnalyzerDiagnosticsAsync());
    }

    private sealed class FixedDiagnostics : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }

    private const string ConfiguredClients = $$"""
        class C
        {
            async Task<string> M(HttpMessageHandler handler)
            {
                using var a = [|new HttpClient { Timeout = TimeSpan.FromSeconds(1) }|];
                using var b = [|new HttpClient(new HttpClientHandler())|];
                var c = [|new HttpClient()|];
                c.DefaultRequestHeaders.Add("X-Test", "1");
                var d = [|new HttpClient()|];
                var text = await d.GetStringAsync({{Url}});
                d.Dispose();
                return text + await a.GetStringAsync({{Url}}) + await b.GetStringAsync({{Url}}) + await c.GetStringAsync({{Url}});
            }
        }
        """;

    private const string TopLevelLoop = $$"""
        while (true)
        {
            using var client = [|new HttpClient()|];
            Console.WriteLine(await client.GetStringAsync({{Url}}));
        }
        """;
}
