namespace PortAnalyzers.Ports;

/// <summary>A rule that a usage breaks, with the arguments of the rule's message.</summary>
internal readonly struct PortFinding
{
    public PortFinding(string ruleId, params object[] messageArgs)
    {
        RuleId = ruleId;
        MessageArgs = messageArgs;
    }

    public string RuleId { get; }

    public object[] MessageArgs { get; }
}
