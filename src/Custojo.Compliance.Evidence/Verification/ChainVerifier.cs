using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>
/// Recomputes every hash of the store: batch rows, each record's id from its JSON and each chain link from
/// the one before, and the head each batch recorded. Stops at the first departure and names it.
/// </summary>
internal sealed class ChainVerifier(SqliteConnection connection)
{
    private const int Lookahead = 64;

    public VerifyResult Verify(CancellationToken cancellation)
    {
        var batches = BatchTable.All(connection);
        if (BatchVerifier.Verify(batches) is { } batchProblem) return new VerifyResult(EvidenceQueries.Empty, 0, batchProblem);
        if (new ParallelChainCheck(connection).Run(batches, cancellation) is { } intact) return new VerifyResult(intact, intact.Records, null);
        return Walk(batches, cancellation);
    }

    /// <summary>The detailed, sequential walk: finds and names the first departure.</summary>
    private VerifyResult Walk(List<BatchRow> batches, CancellationToken cancellation)
    {
        var ranges = batches.Where(b => b.FirstRecord is not null).ToList();
        var rangeIndex = 0;
        var previous = ChainLink.Genesis;
        var expected = 1L;

        using var command = connection.CreateCommand();
        command.CommandText = ChainRow.Select;
        using var rows = new RawRows(command);
        var kinds = new KindNames();
        while (rows.Step())
        {
            if ((expected & 0xFFFF) == 0) cancellation.ThrowIfCancellationRequested();
            var row = ChainRow.Read(rows, kinds);
            while (rangeIndex < ranges.Count && row.Seq > ranges[rangeIndex].LastRecord) rangeIndex++;
            var range = rangeIndex < ranges.Count ? ranges[rangeIndex] : null;

            var problem = CheckRow(row, expected, previous, range) ?? CheckLink(row, previous, rows, kinds);
            if (problem is not null) return Broken(expected - 1, problem);

            previous = row.Chain;
            if (row.Seq == range!.LastRecord && !previous.AsSpan().SequenceEqual(range.ChainHead))
                return Broken(expected, new TamperFinding(TamperKind.Edited, "evidence", row.Seq, row.IdHex,
                    $"The records of import batch #{range.Seq} were rewritten: the chain at its last record #{row.Seq} is not the head the batch recorded."));
            expected++;
        }

        var recorded = ranges.Count == 0 ? 0 : ranges[^1].LastRecord!.Value;
        if (expected - 1 < recorded)
        {
            var batch = ranges.First(r => r.LastRecord >= expected);
            return Broken(expected - 1, new TamperFinding(TamperKind.Deleted, "evidence", expected, null,
                $"Record #{expected} is missing: it was deleted (import batch #{batch.Seq} recorded records up to #{batch.LastRecord}, the store ends at #{expected - 1})."));
        }
        var head = batches.Count == 0 ? EvidenceQueries.Empty : new ChainHead(Convert.ToHexStringLower(previous), expected - 1, batches.Count);
        return new VerifyResult(head, expected - 1, null);
    }

    private static VerifyResult Broken(long verified, TamperFinding problem) => new(EvidenceQueries.Empty, verified, problem);

    private static TamperFinding? CheckRow(ChainRow row, long expected, byte[] previous, Storage.BatchRow? range)
    {
        if (row.Seq > expected)
            return new(TamperKind.Deleted, "evidence", expected, null,
                $"Record #{expected} is missing: it was deleted (the next record present is #{row.Seq}).");
        if (range is null || row.Seq < range.FirstRecord)
            return new(TamperKind.Inserted, "evidence", row.Seq, row.IdHex,
                $"Record #{row.Seq} (id {row.IdHex}) was inserted: no import batch covers it.");
        if (!RecordSha256.Hash(row.Json).AsSpan().SequenceEqual(row.Id))
            return new(TamperKind.Edited, "evidence", row.Seq, row.IdHex,
                $"Record #{row.Seq} (id {row.IdHex}) was edited: its content no longer hashes to its id.");
        if (row.Batch != range.Seq)
            return new(TamperKind.Edited, "evidence", row.Seq, row.IdHex,
                $"Record #{row.Seq} (id {row.IdHex}) was edited: it names batch #{row.Batch} but was imported in batch #{range.Seq}.");
        return null;
    }

    /// <summary>
    /// The link from the previous record. When it is broken, looks at the next rows to tell an edited
    /// column, a moved row, an inserted row and a deleted predecessor apart.
    /// </summary>
    private static TamperFinding? CheckLink(ChainRow row, byte[] previous, RawRows rows, KindNames kinds)
    {
        if (Link(previous, row).AsSpan().SequenceEqual(row.Chain)) return null;

        var ahead = new List<ChainRow>(Lookahead);
        while (ahead.Count < Lookahead && rows.Step()) ahead.Add(ChainRow.Read(rows, kinds));

        if (!RecordColumns.Match(row))
            return Edited(row, "its kind, time or subject column no longer matches its content");
        var successor = ahead.FindIndex(r => Link(previous, r).AsSpan().SequenceEqual(r.Chain));
        if (successor >= 0)
        {
            var movedFrom = ahead.Skip(successor).FirstOrDefault(r => Link(r.Chain, row).AsSpan().SequenceEqual(row.Chain));
            return movedFrom is not null
                ? new(TamperKind.Reordered, "evidence", row.Seq, row.IdHex,
                    $"Record #{row.Seq} (id {row.IdHex}) is out of order: it was imported after the record now at #{movedFrom.Seq}.")
                : new(TamperKind.Inserted, "evidence", row.Seq, row.IdHex,
                    $"Record #{row.Seq} (id {row.IdHex}) was inserted: it is not in the chain, which continues at #{ahead[successor].Seq}.");
        }
        if (ahead.Count > 0 && Link(Link(previous, row), ahead[0]).AsSpan().SequenceEqual(ahead[0].Chain))
            return Edited(row, "its chain hash was changed");
        if (ahead.Count > 0 && Link(row.Chain, ahead[0]).AsSpan().SequenceEqual(ahead[0].Chain))
            return Edited(row, "its content and id were replaced, so it no longer matches the chain hash recorded at import");
        return Edited(row, "it no longer links to the record before it");
    }

    private static TamperFinding Edited(ChainRow row, string how) =>
        new(TamperKind.Edited, "evidence", row.Seq, row.IdHex, $"Record #{row.Seq} (id {row.IdHex}) was edited: {how}.");

    private static byte[] Link(byte[] previous, ChainRow row) =>
        ChainLink.Compute(previous, row.Batch, row.Id, row.ObservedTicks, row.Kind, row.Subject);
}
