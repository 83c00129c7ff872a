namespace PortAnalyzers.Config;

/// <summary>Why a configuration file cannot be read, and where: an offset in the text and the length to underline.</summary>
internal readonly struct ReadError
{
    public ReadError(int offset, int length, string message)
    {
        Offset = offset;
        Length = length;
        Message = message;
    }

    public int Offset { get; }

    public int Length { get; }

    public string Message { get; }
}
