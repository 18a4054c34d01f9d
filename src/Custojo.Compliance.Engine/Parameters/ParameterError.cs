namespace Custojo.Compliance.Engine.Parameters;

/// <summary>
/// A workspace parameter override that cannot be used, located by its path in custojo.json,
/// e.g. <c>parameters.BKP-DB-01.maxGap: expected a duration like "30m", ..., got "thirty"</c>.
/// </summary>
/// <param name="Path">Where the value is in custojo.json: <c>parameters.&lt;control id&gt;.&lt;parameter&gt;[index]</c>.</param>
/// <param name="Message">What is wrong and what is expected instead.</param>
internal sealed record ParameterError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
