using System.Net;
using System.Net.Sockets;

// Each line below shows one PortAnalyzers finding; the comment names the rule.
const int ServerPort = 50000;

// PORT001: a server in the dynamic range collides with outgoing connections.
var server = new TcpListener(IPAddress.Loopback, ServerPort);

// PORT003: a well-known port on every interface needs root and is what scanners probe.
var exposed = new TcpListener(IPAddress.Any, 80);

// PORT004: not a port at all; the constructor throws.
var invalid = new UdpClient(70000);

// PORT002: a fixed source port breaks reconnects (TIME_WAIT) and second instances.
using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
client.Bind(new IPEndPoint(IPAddress.Any, 5000));
client.Connect("example.com", 443);

// PORT005: a client target in the dynamic range is a pasted container or test-server mapping that changes.
const string Database = "Host=localhost;Port=55432;Database=app";
var testServer = new Uri("http://localhost:51234/api");

// Fine: port 0 lets the OS choose; registered ports on loopback are fine too.
var ephemeral = new TcpListener(IPAddress.Loopback, 0);
var registered = new TcpListener(IPAddress.Loopback, 5000);

Console.WriteLine($"{server.LocalEndpoint} {exposed.LocalEndpoint} {invalid} {ephemeral.LocalEndpoint} {registered.LocalEndpoint} {Database} {testServer}");
