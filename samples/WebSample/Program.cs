using System.Net;

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(options =>
{
    // PORT003: HTTP on port 80 on every interface; the code fixes offer ListenLocalhost or port 8080.
    options.ListenAnyIP(80);

    // PORT001: a dynamic-range port; the fix offers port 0.
    options.Listen(IPAddress.Loopback, 55000);
});

// PORT001 inside a URL list, and PORT004 for a port that does not exist.
builder.WebHost.UseUrls("http://localhost:5000;http://localhost:60000", "http://localhost:70000");

var app = builder.Build();

// PORT008: browsers refuse port 6000 (X11) with ERR_UNSAFE_PORT.
app.Urls.Add("http://localhost:6000");

// PORT009: localhost and all interfaces on one port: starts on Windows, fails on Linux.
app.Urls.Add("http://localhost:5031");
app.Urls.Add("http://*:5031");

const int MetricsPort = 50123;
// PORT001: the port is known although the host is not.
app.Urls.Add("http://" + Environment.MachineName + ":" + MetricsPort + "/");

app.MapGet("/", () => "Hello");

// PORT006: a client per request leaves a port in TIME_WAIT each time; the fix shares one static client.
app.MapGet("/weather", async () =>
{
    using var client = new HttpClient();
    return await client.GetStringAsync("https://example.com/weather");
});
app.Run();
