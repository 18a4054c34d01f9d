namespace Custojo.Compliance.Sdk.Querying;

/// <summary>The kinds of value evidence record properties hold, as <see cref="RecordDecoder{T}"/> reads them.</summary>
internal enum RecordValueKind
{
    String,
    StringList,
    Int32,
    Int64,
    Double,
    Boolean,
    Instant,
    Enum,
}
