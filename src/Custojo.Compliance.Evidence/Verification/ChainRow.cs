using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>One evidence row exactly as stored, read for verification (the JSON as its UTF-8 bytes).</summary>
internal sealed record ChainRow(long Seq, byte[] Id, string Kind, long ObservedTicks, string? Subject, long Batch, byte[] Json, byte[] Chain)
{
    public const string Select = "SELECT seq, id, kind, observed_at, subject, batch, json, chain FROM evidence ORDER BY seq";

    public string IdHex => Convert.ToHexStringLower(Id);

    public static ChainRow Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        Blob(reader, 1),
        reader.IsDBNull(2) ? "" : reader.GetString(2),
        reader.IsDBNull(3) ? 0 : reader.GetInt64(3),
        reader.IsDBNull(4) ? null : reader.GetString(4),
        reader.IsDBNull(5) ? 0 : reader.GetInt64(5),
        Blob(reader, 6),
        Blob(reader, 7));

    private static byte[] Blob(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<byte[]>(ordinal);
}
