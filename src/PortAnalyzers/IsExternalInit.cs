namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 compile the init-only setters that record structs generate.</summary>
internal static class IsExternalInit
{
}
