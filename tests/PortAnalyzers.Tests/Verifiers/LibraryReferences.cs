using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PortAnalyzers.Tests.Verifiers;

/// <summary>Real client libraries (downloaded by the test project's PackageDownload items) as metadata references.</summary>
public static class LibraryReferences
{
    public static MetadataReference Npgsql => Load("npgsql", "9.0.3", "net8.0", "Npgsql.dll");

    public static MetadataReference StackExchangeRedis => Load("stackexchange.redis", "2.13.23", "net8.0", "StackExchange.Redis.dll");

    public static ImmutableArray<MetadataReference> GrpcClient => ImmutableArray.Create(
        Load("grpc.net.client", "2.85.0", "net8.0", "Grpc.Net.Client.dll"),
        Load("grpc.net.common", "2.85.0", "net8.0", "Grpc.Net.Common.dll"),
        Load("grpc.core.api", "2.85.0", "netstandard2.1", "Grpc.Core.Api.dll"));

    /// <summary>
    /// The SignalR client has no build for the SDK's framework: its netstandard2.0 assemblies, with the 11.0
    /// <c>SignalR.Common</c> and <c>Http.Connections.Common</c> they bind to beside the SDK's 10.0 one (the compiler takes the higher version).
    /// </summary>
    public static ImmutableArray<MetadataReference> SignalRClient => ImmutableArray.Create(
        Load("microsoft.aspnetcore.signalr.client", "11.0.0", "netstandard2.0", "Microsoft.AspNetCore.SignalR.Client.dll"),
        Load("microsoft.aspnetcore.signalr.client.core", "11.0.0", "netstandard2.0", "Microsoft.AspNetCore.SignalR.Client.Core.dll"),
        Load("microsoft.aspnetcore.http.connections.client", "11.0.0", "netstandard2.0", "Microsoft.AspNetCore.Http.Connections.Client.dll"),
        Load("microsoft.aspnetcore.signalr.common", "11.0.0", "netstandard2.0", "Microsoft.AspNetCore.SignalR.Common.dll"),
        Load("microsoft.aspnetcore.http.connections.common", "11.0.0", "netstandard2.0", "Microsoft.AspNetCore.Http.Connections.Common.dll"));

    /// <summary>Testcontainers with a module (PostgreSQL) and the Docker client its builders are declared against.</summary>
    public static ImmutableArray<MetadataReference> Testcontainers => ImmutableArray.Create(
        Load("testcontainers", "4.16.0", "net8.0", "Testcontainers.dll"),
        Load("testcontainers.postgresql", "4.16.0", "net8.0", "Testcontainers.PostgreSql.dll"),
        Load("docker.dotnet.enhanced", "4.3.3", "net8.0", "Docker.DotNet.dll"));

    /// <summary>Aspire's app model and the Redis, PostgreSQL and RabbitMQ integrations.</summary>
    public static ImmutableArray<MetadataReference> Aspire => ImmutableArray.Create(
        Load("aspire.hosting", "13.6.5", "net8.0", "Aspire.Hosting.dll"),
        Load("aspire.hosting.redis", "13.6.5", "net8.0", "Aspire.Hosting.Redis.dll"),
        Load("aspire.hosting.postgresql", "13.6.5", "net8.0", "Aspire.Hosting.PostgreSQL.dll"),
        Load("aspire.hosting.rabbitmq", "13.6.5", "net8.0", "Aspire.Hosting.RabbitMQ.dll"));

    /// <summary>Orleans' silo runtime and client core (Microsoft.Orleans.Server and .Client are meta-packages of these).</summary>
    public static ImmutableArray<MetadataReference> Orleans => ImmutableArray.Create(
        Load("microsoft.orleans.runtime", "10.4.2", "net8.0", "Orleans.Runtime.dll"),
        Load("microsoft.orleans.core", "10.4.2", "net8.0", "Orleans.Core.dll"),
        Load("microsoft.orleans.core.abstractions", "10.4.2", "net8.0", "Orleans.Core.Abstractions.dll"));

    /// <summary>WebApplicationFactory and the TestServer it runs the app on.</summary>
    public static ImmutableArray<MetadataReference> MvcTesting => ImmutableArray.Create(
        Load("microsoft.aspnetcore.mvc.testing", "10.0.15", "net10.0", "Microsoft.AspNetCore.Mvc.Testing.dll"),
        Load("microsoft.aspnetcore.testhost", "10.0.15", "net10.0", "Microsoft.AspNetCore.TestHost.dll"));

    /// <summary>Every library above, for the tests that compile any rule test's source (the fuzz tests).</summary>
    public static ImmutableArray<MetadataReference> All => ImmutableArray.Create(Npgsql, StackExchangeRedis)
        .AddRange(GrpcClient).AddRange(SignalRClient).AddRange(Testcontainers).AddRange(Aspire).AddRange(Orleans).AddRange(MvcTesting);

    private static MetadataReference Load(string package, string version, string framework, string file)
    {
        var root = typeof(LibraryReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NuGetPackageRoot").Value!;
        return MetadataReference.CreateFromFile(Path.Combine(root, package, version, "lib", framework, file));
    }
}
