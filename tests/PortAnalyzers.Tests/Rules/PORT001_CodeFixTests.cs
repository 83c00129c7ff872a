using System.Linq;
using System.Threading.Tasks;
using PortAnalyzers.CodeFixes;
using PortAnalyzers.Rules;
using PortAnalyzers.Tests.Verifiers;

namespace PortAnalyzers.Tests.Rules;

/// <summary>PORT001's fix: port 0 where the port is written at the call and the API accepts it.</summary>
public class PORT001_CodeFixTests
{
    [Fact]
    public Task PortLiteralAtCall_FixUsesPortZero() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, {|PORT001:50000|});
                var b = new TcpListener(new IPEndPoint(IPAddress.Loopback, {|PORT001:50001|}));
                var c = new UdpClient({|PORT001:50002|});
            }
        }
        """,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            void M()
            {
                var a = new TcpListener(IPAddress.Loopback, 0);
                var b = new TcpListener(new IPEndPoint(IPAddress.Loopback, 0));
                var c = new UdpClient(0);
            }
        }
        """,
        UsePortZeroCodeFix.ListenerEquivalenceKey);

    [Fact]
    public Task UrlLiteralAtCall_FixUsesPortZeroAndLoopbackAddress() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app)
            {
                builder.WebHost.UseUrls({|PORT001:"http://localhost:50000"|}, {|PORT001:"http://127.0.0.1:50001/"|});
                app.Urls.Add({|PORT001:"http://localhost:5000;http://localhost:60000"|});
                builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, {|PORT001:"http://localhost:50002"|});
            }
        }
        """,
        """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;

        class C
        {
            void M(WebApplicationBuilder builder, WebApplication app)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0", "http://127.0.0.1:0/");
                app.Urls.Add("http://localhost:5000;http://127.0.0.1:0");
                builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            }
        }
        """);

    [Fact]
    public Task PortFromConstant_OffersNoFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Port = 50000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        }
        """,
        """
        using System.Net;
        using System.Net.Sockets;

        class C
        {
            private const int Port = 50000;
            TcpListener M() => new TcpListener(IPAddress.Loopback, {|PORT001:Port|});
        }
        """);

    [Fact]
    public Task HttpListenerAndListenLocalhost_OfferNoPortZeroFix() => CSharpCodeFixVerifier<PortUsageAnalyzer, UsePortZeroCodeFix>.VerifyCodeFixAsync(
        """
        using System.Net;
        using Microsoft.AspNetCore.Server.HttpSys;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(HttpListener listener, KestrelServerOptions options, HttpSysOptions httpSys)
            {
                listener.Prefixes.Add({|PORT001:"http://localhost:50000/"|});
                options.ListenLocalhost({|PORT001:50001|});
                httpSys.UrlPrefixes.Add({|PORT001:"http://localhost:50002"|});
            }
        }
        """,
        """
        using System.Net;
        using Microsoft.AspNetCore.Server.HttpSys;
        using Microsoft.AspNetCore.Server.Kestrel.Core;

        class C
        {
            void M(HttpListener listener, KestrelServerOptions options, HttpSysOptions httpSys)
            {
                listener.Prefixes.Add({|PORT001:"http://localhost:50000/"|});
                options.ListenLocalhost({|PORT001:50001|});
                httpSys.UrlPrefixes.Add({|PORT001:"http://localhost:50002"|});
            }
        }
        """);
}
