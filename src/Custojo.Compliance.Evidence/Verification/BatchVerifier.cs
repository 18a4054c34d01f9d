using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>
/// Checks the batch rows: contiguous seqs, each hash recomputed from its columns, each linked to the one
/// before, record ranges following each other, and empty batches carrying the head unchanged.
/// </summary>
internal static class BatchVerifier
{
    public static TamperFinding? Verify(IReadOnlyList<BatchRow> batches)
    {
        var previousHash = ChainLink.Genesis;
        var previousHead = ChainLink.Genesis;
        var previousLast = 0L;
        for (var i = 0; i < batches.Count; i++)
        {
            var batch = batches[i];
            var expected = i + 1L;
            if (batch.Seq > expected)
                return Finding(TamperKind.Deleted, expected, $"Import batch #{expected} is missing: it was deleted (the next batch present is #{batch.Seq}).");
            if (!BatchHash.Compute(batch).AsSpan().SequenceEqual(batch.Hash))
                return Finding(TamperKind.Edited, batch.Seq, $"Import batch #{batch.Seq} was edited: its provenance, counts, record range or head no longer match its hash.");
            if (!batch.PrevHash.AsSpan().SequenceEqual(previousHash))
                return Finding(TamperKind.Deleted, batch.Seq, $"Import batch #{batch.Seq} does not follow batch #{expected - 1}: a batch before it was deleted or replaced.");
            if (batch.FirstRecord is { } first)
            {
                if (first != previousLast + 1 || batch.LastRecord is not { } last || last - first + 1 != batch.NewCount)
                    return Finding(TamperKind.Edited, batch.Seq, $"Import batch #{batch.Seq} records #{first}..#{batch.LastRecord}, which does not follow #{previousLast} or its count of {batch.NewCount}.");
                previousLast = last;
            }
            else if (batch.NewCount != 0 || !batch.ChainHead.AsSpan().SequenceEqual(previousHead))
            {
                return Finding(TamperKind.Edited, batch.Seq, $"Import batch #{batch.Seq} added no records but its count or chain head changed.");
            }
            previousHash = batch.Hash;
            previousHead = batch.ChainHead;
        }
        return null;
    }

    private static TamperFinding Finding(TamperKind kind, long seq, string message) => new(kind, "batches", seq, null, message);
}
