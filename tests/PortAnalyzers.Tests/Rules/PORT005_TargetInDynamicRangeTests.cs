using System.Threading.Tasks;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT005 on sockets and requested URLs, the near misses, options and generated code.</summary>
public class PORT005_TargetInDynamicRangeTests
{
    private static Task VerifyAsync(string source, string? editorConfig = null) => CSharpAnalyzerVerifier<PortUsageAnalyzer>.VerifyAnalyzerAsync(source, editorConfig);

    [Fact]
    public Task TcpClientToDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;
        using System.Threading.Tasks;

        class C
        {
            async Task M()
            {
                using var a = new TcpClient("localhost", {|PORT005:50000|});
                using var b = new TcpClient();
                b.Connect("db.example", {|PORT005:50001|});
                await b.ConnectAsync(IPAddress.Loopback, {|PORT005:50002|});
                b.Connect(new IPEndPoint(IPAddress.Loopback, {|PORT005:50003|}));
            }
        }
        """);

    [Fact]
    public Task SocketConnectToDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;
        using System.Threading.Tasks;

        class C
        {
            async Task M(Socket socket)
            {
                socket.Connect("localhost", {|PORT005:50000|});
                await socket.ConnectAsync(IPAddress.Loopback, {|PORT005:50001|});
                socket.Connect(new DnsEndPoint("localhost", {|PORT005:50002|}));
                var endpoint = new IPEndPoint(IPAddress.Loopback, 50003);
                await socket.ConnectAsync({|PORT005:endpoint|});
            }
        }
        """);

    [Fact]
    public Task UdpClientToDynamicPort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M(byte[] data)
            {
                using var a = new UdpClient("localhost", {|PORT005:50000|});
                using var b = new UdpClient();
                b.Connect("localhost", {|PORT005:50001|});
                b.Send(data, data.Length, "localhost", {|PORT005:50002|});
                b.Send(data, data.Length, new IPEndPoint(IPAddress.Loopback, {|PORT005:50003|}));
            }
        }
        """);

    [Fact]
    public Task DatagramConnectThatOnlyPicksARoute_DoesNotReport() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            static IPAddress OutwardAddress()
            {
                using (Socket socket = new(AddressFamily.InterNetwork, SocketType.Dgram, 0))
                {
                    socket.Connect("8.8.8.8", 65530);
                    var endPoint = socket.LocalEndPoint as IPEndPoint;
                    return endPoint.Address;
                }
            }

            static IPAddress OutwardAddressV6()
            {
                var socket = new Socket(SocketType.Dgram, ProtocolType.Udp);
                socket.Connect(IPAddress.Parse("2001:4860:4860::8888"), 65530);
                var address = ((IPEndPoint)socket.LocalEndPoint).Address;
                socket.Close();
                return address;
            }

            static IPAddress OutwardAddressOfAUdpClient()
            {
                using var client = new UdpClient();
                client.Connect("8.8.8.8", 65530);
                return ((IPEndPoint)client.Client.LocalEndPoint).Address;
            }
        }
        """);

    [Fact]
    public Task ConnectThatReachesThePort_Reports() => VerifyAsync("""
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            static void SendsAfterwards(byte[] data)
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                socket.Connect("localhost", {|PORT005:50000|});
                socket.Send(data);
            }

            static void SendsThroughTheInnerSocket(byte[] data)
            {
                using var client = new UdpClient();
                client.Connect("localhost", {|PORT005:50001|});
                client.Client.Send(data);
            }

            static IPAddress StreamConnectsToThePeer()
            {
                using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.Connect("localhost", {|PORT005:50002|});
                return ((IPEndPoint)socket.LocalEndPoint).Address;
            }

            static void HandsItOn(byte[] data)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                socket.Connect("localhost", {|PORT005:50003|});
                Transmit(socket, data);
            }

            static void Transmit(Socket socket, byte[] data) => socket.Send(data);

            static void Unknown(Socket socket) => socket.Connect("localhost", {|PORT005:50004|});
        }
        """);

    [Fact]
    public Task PortThroughConstLocalAndStaticReadonly_Reports() => VerifyAsync("""
        using System.Net.Sockets;

        class C
        {
            private const int ServicePort = 50000;
            private static readonly int OtherPort = 50001;

            void M()
            {
                var port = 50002;
                using var a = new TcpClient("localhost", {|PORT005:ServicePort|});
                using var b = new TcpClient("localhost", {|PORT005:OtherPort|});
                using var c = new TcpClient("localhost", {|PORT005:port|});
            }
        }
        """);

    [Fact]
    public Task RequestedUrlOnDynamicPort_Reports() => VerifyAsync("""
        using System;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Threading.Tasks;

        class C
        {
            async Task M(HttpClient client, HttpContent content)
            {
                var uri = new Uri({|PORT005:"http://localhost:50000/api"|});
                await client.GetAsync({|PORT005:"https://localhost:50001/api"|});
                await client.GetStringAsync({|PORT005:"http://localhost:50002/"|});
                await client.PostAsync({|PORT005:"http://localhost:50003/items"|}, content);
                await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, {|PORT005:"http://localhost:50004/"|}));
                await client.GetFromJsonAsync<int[]>({|PORT005:"http://localhost:50005/numbers"|});
                using var other = {|PORT006:new HttpClient { BaseAddress = new Uri({|PORT005:"http://api.example:50006/"|}) }|};
                await client.GetAsync(new Uri({|PORT005:"http://localhost:50007/"|}));
            }
        }
        """);

    [Fact]
    public Task UrlThroughConstant_ReportsAtUse() => VerifyAsync("""
        using System.Net.Http;
        using System.Threading.Tasks;

        class C
        {
            private const string Api = "http://localhost:50000/api";

            Task<string> M(HttpClient client) => client.GetStringAsync({|PORT005:Api|});
        }
        """);

    [Fact]
    public Task WebSocketUrlOnDynamicPort_Reports() => VerifyAsync("""
        using System;
        using System.Net.WebSockets;
        using System.Threading;
        using System.Threading.Tasks;

        class C
        {
            Task M(ClientWebSocket socket) => socket.ConnectAsync(new Uri({|PORT005:"ws://localhost:50000/ws"|}), CancellationToken.None);
        }
        """);

    [Fact]
    public Task TextThatOnlyLooksLikeAConnectionString_DoesNotReport() => VerifyAsync("""
        using System;

        class C
        {
            private const string Ratio = "ratio 1:50000";
            private const string Time = "12:55:00";
            private const string Section = "see section 4:60000";
            private const string Version = "version=1.2.50000";
            private const string Timeouts = "Server=localhost;Database=app;Timeout=50000;Command Timeout=60000;Maximum Pool Size=50000";
            private const string NamedInstance = "Server=db.example\\SQLEXPRESS;Database=app";
            private const string Pairs = "a=1;b=50000";
            private const string HostAndPort = "localhost:50000";

            void M(int port)
            {
                Console.WriteLine("Listening on http://localhost:50000");
                Console.WriteLine($"Connected to Host=db at {port}; retry=3");
                Console.WriteLine("port=50000 in use");
            }
        }
        """);

    [Fact]
    public Task UrlsThatAreNotRequested_DoNotReport() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.DependencyInjection;

        class C
        {
            private const string Link = "http://localhost:50000/docs";

            void M(IServiceCollection services)
            {
                services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins("http://localhost:50001")));
            }
        }
        """);

    [Fact]
    public Task UserTypeNamedHttpClient_DoesNotReport() => VerifyAsync("""
        using System.Threading.Tasks;

        namespace Acme.Http
        {
            public class HttpClient
            {
                public Task<string> GetStringAsync(string requestUri) => Task.FromResult(requestUri);
            }

            public static class HttpClientExtensions
            {
                public static Task<string> PostAsJsonAsync(this HttpClient client, string requestUri, object value) => Task.FromResult(requestUri);
            }

            class C
            {
                async Task M(HttpClient client)
                {
                    await client.GetStringAsync("http://localhost:50000/");
                    await client.PostAsJsonAsync("http://localhost:50001/items", new object());
                }
            }
        }
        """);

    [Fact]
    public Task LookalikeApis_DoNotReport() => VerifyAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class ApiClient
        {
            public Task<string> GetAsync(string requestUri) => Task.FromResult(requestUri);
            public void Connect(string hostname, int port) { }
            public void Send(byte[] datagram, int bytes, string hostname, int port) { }
        }

        class Settings
        {
            public string Host { get; set; } = "";
            public int Port { get; set; }
            public string ConnectionString { get; set; } = "";
            public void Add(string keyword, object value) { }
        }

        static class Extensions
        {
            public static Task<string> GetStringAsync(this object client, string requestUri) => Task.FromResult(requestUri);
        }

        class C
        {
            async Task M(ApiClient client, Dictionary<string, int> ports)
            {
                await client.GetAsync("http://localhost:50000/api");
                await new object().GetStringAsync("http://localhost:50001/");
                client.Connect("localhost", 50002);
                client.Send(new byte[1], 1, "localhost", 50003);
                var settings = new Settings { Host = "localhost", Port = 50004, ConnectionString = "db" };
                settings.Port = 50005;
                settings.Add("Port", 50006);
                ports.Add("Port", 50007);
            }
        }
        """);

    [Fact]
    public Task TargetOnRegisteredPortOrPortZero_DoesNotReport() => VerifyAsync("""
        using System;
        using System.Net.Sockets;

        class C
        {
            private const string Db = "Host=localhost;Port=5432;Database=app";

            void M()
            {
                using var a = new TcpClient("localhost", 8080);
                using var b = new TcpClient();
                b.Connect("localhost", 0);
                var uri = new Uri("http://localhost:5000/");
                var all = new Uri("http://0.0.0.0:50000/");
                var mongo = "mongodb://0.0.0.0:50001";
            }
        }
        """);

    [Fact]
    public Task ListenerOnDynamicPort_ReportsPort001NotPort005() => VerifyAsync("""
        using Microsoft.AspNetCore.Builder;

        class C
        {
            void M(WebApplication app) => app.Urls.Add({|PORT001:"http://localhost:50000"|});
        }
        """);

    [Fact]
    public Task GeneratedCode_DoesNotReport() => VerifyAsync("""
        // <auto-generated/>
        using System.Net.Sockets;

        class C
        {
            private const string Db = "Host=localhost;Port=50000;Database=app";

            void M() => new TcpClient("localhost", 50001).Dispose();
        }
        """);

    [Fact]
    public Task AllowedPort_DoesNotReport() => VerifyAsync(
        """
        using System.Net.Sockets;

        class C
        {
            private const string Db = "Host=localhost;Port=50000;Database=app";

            void M() => new TcpClient("localhost", 50000).Dispose();
        }
        """,
        "port_analyzers.allowed_ports = 50000");

    [Fact]
    public Task LinuxDynamicRange_ReportsItsPorts() => VerifyAsync(
        """
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                new TcpClient("localhost", {|PORT005:40000|}).Dispose();
                new TcpClient("localhost", 62000).Dispose();
            }
        }
        """,
        "port_analyzers.dynamic_port_range = linux");
}
