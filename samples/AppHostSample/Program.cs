using Aspire.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

// PORT001: a host port in the dynamic range fails at random on Windows, where Hyper-V reserves blocks of it.
var cache = builder.AddRedis("cache", port: 50001);

// PORT001: the same for an endpoint's host port.
var api = builder.AddContainer("api", "mcr.microsoft.com/dotnet/samples", "aspnetapp")
    .WithHttpEndpoint(port: 50002, targetPort: 8080)
    .WithReference(cache.GetEndpoint("tcp"));

// PORT009: a second resource on the same host port; start-up fails with "address already in use".
builder.AddContainer("admin", "mcr.microsoft.com/dotnet/samples", "aspnetapp")
    .WithHttpEndpoint(port: 5100, targetPort: 8080);
builder.AddContainer("docs", "mcr.microsoft.com/dotnet/samples", "aspnetapp")
    .WithHttpEndpoint(port: 5100, targetPort: 8080);

// Fine: Aspire picks the host port, and the container port is inside the container network.
builder.AddContainer("worker", "mcr.microsoft.com/dotnet/samples", "aspnetapp")
    .WithHttpEndpoint(targetPort: 50051);

builder.Build().Run();
