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

/// <summary>PORT006 by lifetime and project: types ASP.NET Core creates per request, lifetimes that outlive the operation, test and browser projects, generated and broken code.</summary>
public class PORT006_LifetimeAndProjectTests
{
    private const string Url = "\"http://localhost:5000/\"";

    // Types ASP.NET Core creates per request

    [Fact]
    public Task ControllerFieldInitializer_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc;

        public class ValuesController : ControllerBase
        {
            private readonly HttpClient client = {|PORT006:new HttpClient()|};
            private static readonly HttpClient Shared = new HttpClient();
        }
        """);

    [Fact]
    public Task ApiControllerAttributeProperty_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc;

        [ApiController]
        public class Values
        {
            public HttpClient Client { get; } = {|PORT006:new()|};
        }
        """);

    [Fact]
    public Task PageModelConstructorAssignment_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc.RazorPages;

        public class IndexModel : PageModel
        {
            private readonly HttpClient client;

            public IndexModel()
            {
                client = {|PORT006:new HttpClient()|};
                this.Other = {|PORT006:new HttpClient()|};
            }

            public HttpClient Other { get; }
        }
        """);

    [Fact]
    public Task StaticFieldAssignedInControllerConstructor_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.Mvc;

        [Route("/[controller]")]
        public class MoviesController : Controller
        {
            private static HttpClient? client;

            public MoviesController() => client = {|PORT006:new HttpClient()|};
        }
        """);

    [Fact]
    public Task HubSubclassField_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        using Microsoft.AspNetCore.SignalR;

        public interface IChatClient { Task Receive(string message); }

        public class ChatHub : Hub<IChatClient>
        {
            private readonly HttpClient client = {|PORT006:new HttpClient()|};
        }
        """);

    [Fact]
    public Task InstanceFieldOfOrdinaryClass_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        public class WeatherService
        {
            private readonly HttpClient client = new HttpClient();
            private HttpClient Other { get; } = new();

            public WeatherService() => client = new HttpClient();
        }
        """);

    [Fact]
    public Task ControllerUsingFactoryOrStaticClient_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
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
    public Task StaticFields_DoNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
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
    public Task FactoriesReturningTheClient_DoNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
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
    public Task LocalHandedToSomethingThatKeepsIt_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
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
    public Task LocalAssignedInABlockAndKeptAfterIt_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            private HttpClient? field;

            async Task M(bool b)
            {
                HttpClient? client = null;
                if (b)
                {
                    client = new HttpClient();
                    await client.GetStringAsync({{Url}});
                }

                field = client;
            }
        }
        """);

    [Fact]
    public Task LocalCapturedByDelegateThatMayOutliveTheCall_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
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
    public Task EntryPointRunsOnce_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using var client = new HttpClient();
        Console.WriteLine(await client.GetStringAsync({{Url}}));
        """);

    [Fact]
    public Task EntryPointLoop_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        for (var i = 0; i < 10; i++)
        {
            using var client = {|PORT006:new HttpClient()|};
            Console.WriteLine(await client.GetStringAsync({{Url}}));
        }
        """);

    [Fact]
    public Task MainMethodRunsOnce_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
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
    public Task BackgroundServiceBodyRunsOnce_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.Extensions.Hosting;

        sealed class Probe : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var client = new HttpClient();
                Console.WriteLine(await client.GetStringAsync({{Url}}, stoppingToken));
            }
        }

        abstract class Worker : BackgroundService
        {
            protected abstract override Task ExecuteAsync(CancellationToken stoppingToken);
        }

        sealed class Poller : Worker
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                using var client = new HttpClient();
                Console.WriteLine(await client.GetStringAsync({{Url}}, stoppingToken));
            }
        }
        """);

    [Fact]
    public Task BackgroundServiceLoopOrOtherExecuteAsync_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.Extensions.Hosting;

        sealed class Poller : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    using var client = {|PORT006:new HttpClient()|};
                    Console.WriteLine(await client.GetStringAsync({{Url}}, stoppingToken));
                    await Task.Delay(1000, stoppingToken);
                }
            }
        }

        abstract class Job
        {
            public abstract Task ExecuteAsync(CancellationToken token);
        }

        sealed class Fetch : Job
        {
            public override async Task ExecuteAsync(CancellationToken token)
            {
                using var client = {|PORT006:new HttpClient()|};
                Console.WriteLine(await client.GetStringAsync({{Url}}, token));
            }
        }
        """);

    [Fact]
    public Task ClientServingAWorkerLoop_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class Workers
        {
            async Task UntilCancelled(CancellationToken token)
            {
                using var client = new HttpClient();
                while (!token.IsCancellationRequested)
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}, token));
                }
            }

            Task Forever() => Task.Run(async () =>
            {
                using var client = new HttpClient();
                while (true)
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}));
                    await Task.Delay(1000);
                }
            });

            async Task OnATimer(CancellationToken token)
            {
                using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
                using var client = new HttpClient();
                while (await timer.WaitForNextTickAsync(token))
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}, token));
                }
            }

            async Task ForNothing()
            {
                var client = new HttpClient();
                for (;;)
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}));
                }
            }

            async Task UntilStopped(CancellationTokenSource stop)
            {
                using var client = new HttpClient();
                do
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}));
                }
                while (!stop.IsCancellationRequested);
            }
        }
        """);

    [Fact]
    public Task ClientCreatedInsideAWorkerLoopOrServingABoundedLoop_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class Workers
        {
            async Task EachRound(CancellationToken token)
            {
                while (!token.IsCancellationRequested)
                {
                    using var client = {|PORT006:new HttpClient()|};
                    Console.WriteLine(await client.GetStringAsync({{Url}}, token));
                }
            }

            async Task EachPage(string[] urls)
            {
                using var client = {|PORT006:new HttpClient()|};
                foreach (var url in urls)
                {
                    Console.WriteLine(await client.GetStringAsync(url));
                }
            }

            async Task WhileMore(Func<bool> more)
            {
                using var client = {|PORT006:new HttpClient()|};
                while (more())
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}));
                }
            }

            async Task WhileRunning(CancellationToken token, bool running)
            {
                using var client = {|PORT006:new HttpClient()|};
                while (running && !token.IsCancellationRequested)
                {
                    Console.WriteLine(await client.GetStringAsync({{Url}}));
                }
            }
        }
        """);

    [Fact]
    public Task DerivedClientType_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class MyClient : HttpClient { }

        class C
        {
            Task<string> M() => new MyClient().GetStringAsync({{Url}});
        }
        """);

    // Projects

    [Fact]
    public Task TestProject_DoesNotReport() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
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
    [InlineData("NUnit.Framework")]
    [InlineData("Microsoft.VisualStudio.TestPlatform.TestFramework")]
    [InlineData("TUnit.Core")]
    [InlineData("Microsoft.AspNetCore.Components.WebAssembly")]
    public Task ProjectReferencingTestFrameworkOrBrowserRuntime_DoesNotReport(string assemblyName) => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
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
    public Task ProjectReferencingOtherLibraries_Reports() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => {|PORT006:new HttpClient()|}.GetStringAsync({{Url}});
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
    public Task BrowserProject_DoesNotReport(string property) => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
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
    public Task ServerProjectProperties_Report() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
    {
        TestCode = $$"""
            class C
            {
                Task<string> M() => {|PORT006:new HttpClient()|}.GetStringAsync({{Url}});
            }
            """,
        TestState =
        {
            AnalyzerConfigFiles = { ConfigFiles.GlobalConfig("build_property.UsingMicrosoftNETSdkBlazorWebAssembly = false\nbuild_property.RuntimeIdentifier = linux-x64") },
        },
    }.RunAsync();

    [Fact]
    public Task GeneratedCode_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        // <auto-generated/>
        class C
        {
            Task<string> M() => new HttpClient().GetStringAsync({{Url}});
        }
        """);

    [Fact]
    public Task GeneratedCodeAttribute_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
        class C
        {
            Task<string> M() => new HttpClient().GetStringAsync({{Url}});
        }
        """);

    [Fact]
    public Task BrokenCode_DoesNotThrow() => new CSharpAnalyzerVerifier<PortUsageAnalyzer>.Test
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
    public Task Message_NamesTheHolderAndThePortRisk() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(
        """
        class C
        {
            void M() { using var client = {|#0:new HttpClient()|}; }
        }
        """,
        CSharpAnalyzerVerifier<PortUsageAnalyzer>.Diagnostic("PORT006").WithLocation(0).WithArguments("in local 'client'", "call"));
}
