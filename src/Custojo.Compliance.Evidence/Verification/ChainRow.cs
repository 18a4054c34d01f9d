using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>One evidence row exactly as stored, read for verification (the JSON as its UTF-8 bytes).</summary>
internal sealed record ChainRow(long Seq, byte[] Id, string Kind, long ObservedTicks, string? Subject, long Batch, byte[] Json, byte[] Chain)
{
    public const string Select = "SELECT seq, id, kind, observed_at, subject, batch, json, chain FROM evidence ORDER BY seq";

    public string IdHex => Convert.ToHexStringLower(Id);

    /// <summary>The current row of <see cref="Select"/>; <paramref name="kinds"/> spells each kind once, not once per row.</summary>
    public static ChainRow Read(RawRows rows, KindNames kinds) => new(
        rows.Int64(0),
        Blob(rows, 1),
        rows.IsNull(2) ? "" : kinds.Of(rows.Bytes(2)),
        rows.IsNull(3) ? 0 : rows.Int64(3),
        rows.Text(4),
        rows.IsNull(5) ? 0 : rows.Int64(5),
        Blob(rows, 6),
        Blob(rows, 7));

    private static byte[] Blob(RawRows rows, int column) => rows.IsNull(column) ? [] : rows.Bytes(column).ToArray();
}
