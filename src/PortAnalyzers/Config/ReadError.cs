namespace PortAnalyzers.Config;

/// <summary>Why a configuration file cannot be read, and where: an offset in the text and the length to underline.</summary>
internal readonly record struct ReadError(int Offset, int Length, string Message);
