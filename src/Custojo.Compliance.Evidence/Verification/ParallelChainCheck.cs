using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>
/// The fast pass of verification. Every link can be checked on its own against the stored chain hash of
/// the row before it, so rows are read in order on one thread (seq, batch range and batch head checks,
/// which are comparisons) while the hashing of chunks runs on the other cores. It only answers "intact or
/// not"; when anything is off, <see cref="ChainVerifier"/> walks the chain again to name the first problem.
/// </summary>
internal sealed class ParallelChainCheck(SqliteConnection connection)
{
    private const int ChunkSize = 4096;

    /// <summary>The head and record count of an intact store, or null when the store needs the detailed walk.</summary>
    public ChainHead? Run(IReadOnlyList<BatchRow> batches, CancellationToken cancellation)
    {
        var ranges = batches.Where(b => b.FirstRecord is not null).ToList();
        var rangeIndex = 0;
        var expected = 1L;
        var previous = ChainLink.Genesis;
        var pending = new Queue<Task<bool>>();
        var maxPending = Math.Max(2, Environment.ProcessorCount * 2);

        using var command = connection.CreateCommand();
        command.CommandText = ChainRow.Select;
        using var rows = new RawRows(command);
        var kinds = new KindNames();
        var chunk = new List<ChainRow>(ChunkSize);
        while (rows.Step())
        {
            var row = ChainRow.Read(rows, kinds);
            while (rangeIndex < ranges.Count && row.Seq > ranges[rangeIndex].LastRecord) rangeIndex++;
            if (row.Seq != expected || rangeIndex == ranges.Count || row.Seq < ranges[rangeIndex].FirstRecord || row.Batch != ranges[rangeIndex].Seq)
                return Abandon(pending);
            if (row.Seq == ranges[rangeIndex].LastRecord && !row.Chain.AsSpan().SequenceEqual(ranges[rangeIndex].ChainHead))
                return Abandon(pending);
            chunk.Add(row);
            expected++;
            if (chunk.Count < ChunkSize) continue;

            cancellation.ThrowIfCancellationRequested();
            var (full, start) = (chunk, previous);
            pending.Enqueue(Task.Run(() => Check(full, start), cancellation));
            previous = chunk[^1].Chain;
            chunk = new List<ChainRow>(ChunkSize);
            while (pending.Count >= maxPending)
                if (!pending.Dequeue().GetAwaiter().GetResult()) return Abandon(pending);
        }
        if (!Check(chunk, previous)) return Abandon(pending);
        while (pending.Count > 0)
            if (!pending.Dequeue().GetAwaiter().GetResult()) return Abandon(pending);

        var recorded = ranges.Count == 0 ? 0 : ranges[^1].LastRecord!.Value;
        if (expected - 1 != recorded) return null;
        var head = chunk.Count > 0 ? chunk[^1].Chain : previous;
        return batches.Count == 0 ? EvidenceQueries.Empty : new ChainHead(Convert.ToHexStringLower(head), expected - 1, batches.Count);
    }

    private static bool Check(List<ChainRow> rows, byte[] previous)
    {
        Span<byte> id = stackalloc byte[ChainLink.HashSize];
        foreach (var row in rows)
        {
            RecordSha256.Hash(row.Json, id);
            if (!id.SequenceEqual(row.Id)) return false;
            var link = ChainLink.Compute(previous, row.Batch, row.Id, row.ObservedTicks, row.Kind, row.Subject);
            if (!link.AsSpan().SequenceEqual(row.Chain)) return false;
            previous = row.Chain;
        }
        return true;
    }

    private static ChainHead? Abandon(Queue<Task<bool>> pending)
    {
        foreach (var task in pending) task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        return null;
    }
}
