namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// One reason an import was refused: the file, the line (NDJSON and text formats) and/or JSON pointer,
/// the rule broken (e.g. <c>property-required</c>, <c>naive-timestamp</c>, <c>unknown-kind</c>), a message saying
/// what to fix, and the offending value when there is one.
/// </summary>
public sealed record ImportError(string File, long? Line, string? Pointer, string Rule, string Message, string? Value = null)
{
    /// <summary>Compiler-style: <c>file:line: /pointer: rule: message (value: ...)</c>.</summary>
    public override string ToString()
    {
        var location = Line is { } line ? $"{File}:{line}" : File;
        var pointer = string.IsNullOrEmpty(Pointer) ? "" : $" {Pointer}:";
        var value = Value is null ? "" : $" (value: {Value})";
        return $"{location}:{pointer} {Rule}: {Message}{value}";
    }
}
