// Where this app listens is left to its container: the ASP.NET Core image's default (8080) or the variables set in
// the Dockerfile and compose.yaml beside this file. PortAnalyzers checks those files against each other.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => "Hello from a container");
app.Run();
