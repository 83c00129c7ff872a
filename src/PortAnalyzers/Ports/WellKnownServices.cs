using System.Collections.Generic;

namespace PortAnalyzers.Ports;

/// <summary>IANA service names of well-known ports, for messages (as in /etc/services).</summary>
internal static class WellKnownServices
{
    private static readonly Dictionary<long, string> Names = new()
    {
        [1] = "tcpmux", [7] = "echo", [9] = "discard", [13] = "daytime", [17] = "qotd", [19] = "chargen",
        [20] = "ftp-data", [21] = "ftp", [22] = "ssh", [23] = "telnet", [25] = "smtp", [37] = "time",
        [43] = "whois", [49] = "tacacs", [53] = "domain", [67] = "bootps", [68] = "bootpc", [69] = "tftp",
        [70] = "gopher", [79] = "finger", [80] = "http", [88] = "kerberos", [102] = "iso-tsap", [110] = "pop3",
        [111] = "sunrpc", [113] = "auth", [119] = "nntp", [123] = "ntp", [135] = "epmap", [137] = "netbios-ns",
        [138] = "netbios-dgm", [139] = "netbios-ssn", [143] = "imap", [161] = "snmp", [162] = "snmp-trap",
        [179] = "bgp", [194] = "irc", [389] = "ldap", [427] = "svrloc", [443] = "https", [445] = "microsoft-ds",
        [464] = "kpasswd", [465] = "submissions", [500] = "isakmp", [512] = "exec", [513] = "login",
        [514] = "shell", [515] = "printer", [520] = "route", [543] = "klogin", [544] = "kshell",
        [546] = "dhcpv6-client", [547] = "dhcpv6-server", [548] = "afpovertcp", [554] = "rtsp", [563] = "nntps",
        [587] = "submission", [623] = "asf-rmcp", [631] = "ipp", [636] = "ldaps", [853] = "domain-s",
        [873] = "rsync", [989] = "ftps-data", [990] = "ftps", [992] = "telnets", [993] = "imaps", [995] = "pop3s",
    };

    /// <summary>The service name, or null for a port without a registered name here.</summary>
    public static string? NameOf(long port) => Names.TryGetValue(port, out var name) ? name : null;
}
