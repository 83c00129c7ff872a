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

/// <summary>PORT006 where the client is created: locals, inline requests, handlers.</summary>
public class PORT006_HttpClientPerOperationTests
{
    private const string Url = "\"http://localhost:5000/\"";

    // Locals

    [Fact]
    public Task UsingDeclarationLocal_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                using var client = {|PORT006:new HttpClient()|};
                return await client.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task LocalWithoutUsing_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            Task<string> M()
            {
                var client = {|PORT006:new HttpClient()|};
                return client.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task UsingStatementLocal_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                using (var client = {|PORT006:new HttpClient()|})
                {
                    return await client.GetStringAsync({{Url}});
                }
            }
        }
        """);

    [Fact]
    public Task TargetTypedNew_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                using HttpClient client = {|PORT006:new()|};
                return await client.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task UnusedLocal_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        class C
        {
            void M()
            {
                using var client = {|PORT006:new HttpClient()|};
            }
        }
        """);

    [Fact]
    public Task ConfiguredAndDisposedLocal_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                var client = {|PORT006:new HttpClient { Timeout = TimeSpan.FromSeconds(5) }|};
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
    public Task LocalAssignedAfterDeclaration_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                HttpClient? client = null;
                try
                {
                    client = {|PORT006:new HttpClient()|};
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
    public Task LocalInMinimalApiHandler_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.AspNetCore.Builder;

        static class Endpoints
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
        """);

    [Fact]
    public Task LocalInTopLevelHandlerLambda_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using Microsoft.AspNetCore.Builder;

        var app = WebApplication.Create(args);
        app.MapGet("/proxy", () => {|PORT006:new HttpClient()|}.GetStringAsync({{Url}}));
        app.Run();
        """);

    [Fact]
    public Task LocalInLocalFunctionAndAccessor_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            string Status
            {
                get
                {
                    using var client = {|PORT006:new HttpClient()|};
                    return client.GetStringAsync({{Url}}).Result;
                }
            }

            async Task<string> M()
            {
                return await Fetch();

                async Task<string> Fetch()
                {
                    using var client = {|PORT006:new HttpClient()|};
                    return await client.GetStringAsync({{Url}});
                }
            }
        }
        """);

    [Fact]
    public Task LocalUsedInLinqAndTaskRunLambdas_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        class C
        {
            async Task<string[]> M(string[] urls)
            {
                using var client = {|PORT006:new HttpClient()|};
                await Task.Run(() => client.GetStringAsync(urls[0]));
                return await Task.WhenAll(urls.Select(u => client.GetStringAsync(u)));
            }
        }
        """);

    [Fact]
    public Task LocalWithJsonExtensionRequest_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using System.Net.Http.Json;

        class C
        {
            async Task<int> M()
            {
                using var client = {|PORT006:new HttpClient()|};
                return await client.GetFromJsonAsync<int>({{Url}});
            }
        }
        """);

    [Fact]
    public Task LocalInConstructorOfOrdinaryClass_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            private readonly string text;

            public C()
            {
                using var client = {|PORT006:new HttpClient()|};
                text = client.GetStringAsync({{Url}}).Result;
            }
        }
        """);

    // Inline

    [Fact]
    public Task InlineRequest_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            Task<string> M() => {|PORT006:new HttpClient()|}.GetStringAsync({{Url}});
        }
        """);

    [Fact]
    public Task InlineJsonExtensionRequest_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        using System.Net.Http.Json;

        class C
        {
            Task<int> M() => {|PORT006:new HttpClient()|}.GetFromJsonAsync<int>({{Url}});
        }
        """);

    // Handlers

    [Fact]
    public Task HandlerCreatedInTheSameOperation_Reports() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
        class C
        {
            async Task<string> M()
            {
                var handler = new HttpClientHandler();
                using var client = {|PORT006:new HttpClient(handler)|};
                using var other = {|PORT006:new HttpClient(new SocketsHttpHandler(), disposeHandler: true)|};
                return await client.GetStringAsync({{Url}}) + await other.GetStringAsync({{Url}});
            }
        }
        """);

    [Fact]
    public Task UserTypeNamedHttpClient_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;

        namespace Acme.Http
        {
            public sealed class HttpClient : System.IDisposable
            {
                public Task<string> GetStringAsync(string requestUri) => Task.FromResult(requestUri);
                public void Dispose() { }
            }

            class C
            {
                async Task<string> M()
                {
                    using var client = new HttpClient();
                    return await client.GetStringAsync("https://example.com/");
                }
            }
        }
        """);

    [Fact]
    public Task HandlerThatOutlivesTheClient_DoesNotReport() => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync($$"""
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
}
