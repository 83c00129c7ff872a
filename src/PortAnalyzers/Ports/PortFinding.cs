namespace PortAnalyzers.Ports;

/// <summary>A rule that a usage breaks, with the arguments of the rule's message.</summary>
internal readonly record struct PortFinding(string RuleId, params object[] MessageArgs);
