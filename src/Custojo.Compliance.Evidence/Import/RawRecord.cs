namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// One record as a reader found it: a JSON object (text, with its <c>kind</c>), and where it came from —
/// the 1-based line it starts on and, inside a JSON document, its JSON pointer (e.g. <c>/3</c>).
/// </summary>
public sealed record RawRecord(string Json, long? Line = null, string Pointer = "");
