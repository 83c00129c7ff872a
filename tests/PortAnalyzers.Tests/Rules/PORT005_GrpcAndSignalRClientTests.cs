using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>gRPC channels and SignalR hub connections are clients of the URL they are given (PORT005, PORT004, PORT008).</summary>
public class PORT005_GrpcAndSignalRClientTests
{
    private static Task VerifyAsync(string source) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, LibraryReferences.GrpcClient.AddRange(LibraryReferences.SignalRClient));

    [Fact]
    public Task GrpcChannelForAddress_Reports() => VerifyAsync("""
        using System;
        using Grpc.Net.Client;

        class C
        {
            private const string Greeter = "http://localhost:50051";

            void M(GrpcChannelOptions options)
            {
                using var a = GrpcChannel.ForAddress({|PORT005:"http://localhost:50051"|});
                using var b = GrpcChannel.ForAddress({|PORT005:Greeter|}, options);
                using var c = GrpcChannel.ForAddress(new Uri({|PORT005:"https://greeter.example.test:50052"|}));
                using var d = GrpcChannel.ForAddress({|PORT004:"http://localhost:70000"|});
                using var e = GrpcChannel.ForAddress({|PORT008:"http://localhost:6000"|});
            }
        }
        """);

    [Fact]
    public Task SignalRWithUrl_Reports() => VerifyAsync("""
        using System;
                using Microsoft.AspNetCore.SignalR.Client;

        class C
        {
            HubConnection M(string configured) => new HubConnectionBuilder()
                .WithUrl({|PORT005:"https://localhost:55001/chat"|})
                .WithUrl({|PORT005:"http://localhost:55002/chat"|}, o => o.SkipNegotiation = true)
                .WithUrl(new Uri({|PORT005:"http://localhost:55003/chat"|}), o => o.SkipNegotiation = true)
                .WithUrl({|PORT005:$"http://localhost:{55004}/chat"|})
                .WithUrl(configured)
                .Build();
        }
        """);

    [Fact]
    public Task OrdinaryPortsAndUserTypes_DoNotReport() => VerifyAsync("""
        using Grpc.Net.Client;

        namespace My
        {
            static class GrpcChannel
            {
                public static object ForAddress(string address) => address;
            }

            static class HubConnectionBuilderHttpExtensions
            {
                public static object WithUrl(this object builder, string url) => url;
            }
        }

        class C
        {
            void M()
            {
                using var a = GrpcChannel.ForAddress("https://localhost:5001");
                using var b = GrpcChannel.ForAddress("http://localhost:0");
                My.GrpcChannel.ForAddress("http://localhost:50051");
                My.HubConnectionBuilderHttpExtensions.WithUrl(new object(), "http://localhost:50051");
            }
        }
        """);
}
