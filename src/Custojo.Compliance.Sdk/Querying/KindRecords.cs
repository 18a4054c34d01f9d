using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Sandbox;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// The records of one shareable kind, read from the store once per run and served from memory to every
/// control. The loaded range only grows: a query outside it reads just the missing part before or after.
/// A subject query is served from memory once the kind is loaded, and from the store's subject index before.
/// A kind that alone exceeds the run's <see cref="RecordBudget"/> is streamed from the store on every query, as
/// it would be without sharing; a read that runs out of budget hands on the rows it read instead of reading again.
/// </summary>
internal sealed class KindRecords<T>(IEvidenceSource source, StringPool strings, RecordBudget budget) where T : EvidenceRecord
{
    private const int RowsPerBudgetStep = 1024;
    private static readonly TimeSpan WaitBetweenBudgetChecks = TimeSpan.FromMilliseconds(50);

    private readonly string _kind = EvidenceKinds.Of<T>().Name;
    private readonly object _gate = new();
    private LoadedRecords<T>? _loaded;
    private volatile bool _tooLarge;

    public IEnumerable<Observed<T>> Query(DateTimeOffset from, DateTimeOffset to, string? subject)
    {
        if (from >= to) return [];
        if (_tooLarge || (subject is not null && Volatile.Read(ref _loaded) is null))
            return TypedEvidence.Stream<T>(source, from, to, subject);
        if (Volatile.Read(ref _loaded) is { } current && current.Covers(from, to)) return current.Slice(from, to, subject);
        // Waiting for another control's read still observes this control's own time limit.
        while (!Monitor.TryEnter(_gate, WaitBetweenBudgetChecks)) SandboxBudget.Current?.Check();
        try
        {
            current = _loaded;
            if (_tooLarge) return TypedEvidence.Stream<T>(source, from, to, subject);
            if (current is not null && current.Covers(from, to)) return current.Slice(from, to, subject);
            return current is null ? LoadFirst(from, to) : Extend(current, from, to, subject);
        }
        finally
        {
            Monitor.Exit(_gate);
        }
    }

    private IEnumerable<Observed<T>> LoadFirst(DateTimeOffset from, DateTimeOffset to)
    {
        var count = source.Count(_kind, from, to);
        if (count > budget.Total)
        {
            // Holding it would only cost memory and garbage collection: stream it, now and from now on.
            _tooLarge = true;
            return TypedEvidence.Stream<T>(source, from, to, null);
        }
        IEnumerator<(Observed<T> Record, string? Subject)>? rows = TypedEvidence.WithSubjects<T>(source, from, to, strings).GetEnumerator();
        try
        {
            var (loaded, overflow) = Read(rows, from, to, count);
            if (loaded is not null)
            {
                Volatile.Write(ref _loaded, loaded);
                return loaded.Rows;
            }
            _tooLarge = overflow!.Count > budget.Total;
            var handedOn = HandOn(overflow, rows);
            rows = null;
            return handedOn;
        }
        finally
        {
            rows?.Dispose();
        }
    }

    private IEnumerable<Observed<T>> Extend(LoadedRecords<T> current, DateTimeOffset from, DateTimeOffset to, string? subject)
    {
        var newFrom = from < current.From ? from : current.From;
        var newTo = to > current.To ? to : current.To;
        var (before, beforeRead) = newFrom < current.From ? ReadAll(newFrom, current.From) : (null, 0);
        LoadedRecords<T>? after;
        int afterRead;
        try
        {
            (after, afterRead) = newTo > current.To && (newFrom == current.From || before is not null) ? ReadAll(current.To, newTo) : (null, 0);
        }
        catch
        {
            if (before is not null) budget.Return(before.Rows.Length);
            throw;
        }
        if ((newFrom < current.From && before is null) || (newTo > current.To && after is null))
        {
            if (before is not null) budget.Return(before.Rows.Length);
            if (current.Rows.Length + beforeRead + afterRead > budget.Total)
            {
                // The kind outgrew the budget on its own: give its memory back and stream it from now on.
                budget.Return(current.Rows.Length);
                _tooLarge = true;
                Volatile.Write(ref _loaded, null);
            }
            return TypedEvidence.Stream<T>(source, from, to, subject);
        }
        var loaded = new LoadedRecords<T>(newFrom, newTo,
            [.. before?.Rows ?? [], .. current.Rows, .. after?.Rows ?? []],
            [.. before?.Subjects ?? [], .. current.Subjects, .. after?.Subjects ?? []]);
        Volatile.Write(ref _loaded, loaded);
        return loaded.Slice(from, to, subject);
    }

    private (LoadedRecords<T>? Loaded, int Read) ReadAll(DateTimeOffset from, DateTimeOffset to)
    {
        using var rows = TypedEvidence.WithSubjects<T>(source, from, to, strings).GetEnumerator();
        var (loaded, overflow) = Read(rows, from, to, expected: 0);
        return (loaded, loaded?.Rows.Length ?? overflow!.Count);
    }

    /// <summary>
    /// Reads rows while the budget lasts. Either all fit (the loaded range comes back) or the rows read so far
    /// come back, their budget already returned, with <paramref name="rows"/> left after the last of them.
    /// The arrays start at <paramref name="expected"/> rows (the store's count), so a load of hundreds of thousands
    /// of rows neither regrows nor copies them: each regrowth of so large an array is a large-object allocation,
    /// which costs a full garbage collection sooner.
    /// </summary>
    private (LoadedRecords<T>? Loaded, List<Observed<T>>? Overflow) Read(IEnumerator<(Observed<T> Record, string? Subject)> rows, DateTimeOffset from, DateTimeOffset to, int expected)
    {
        var records = new Observed<T>[Math.Max(expected, 16)];
        var subjects = new string?[records.Length];
        var count = 0;
        var reserved = 0;
        using var pooled = StringPool.Use(strings);
        try
        {
            while (rows.MoveNext())
            {
                var row = rows.Current;
                if (count == reserved)
                {
                    SandboxBudget.Current?.Check();
                    if (!budget.TryTake(RowsPerBudgetStep))
                    {
                        budget.Return(reserved);
                        return (null, [.. records.AsSpan(0, count), row.Record]);
                    }
                    reserved += RowsPerBudgetStep;
                }
                if (count == records.Length)
                {
                    // More rows than counted: an import added some between the count and the read.
                    Array.Resize(ref records, records.Length * 2);
                    Array.Resize(ref subjects, records.Length);
                }
                records[count] = row.Record;
                subjects[count++] = row.Subject;
            }
        }
        catch
        {
            // A control stopped by its time limit (or bad data) mid-read keeps nothing and holds no budget.
            budget.Return(reserved);
            throw;
        }
        budget.Return(reserved - count);
        if (count < records.Length)
        {
            Array.Resize(ref records, count);
            Array.Resize(ref subjects, count);
        }
        return (new LoadedRecords<T>(from, to, records, subjects), null);
    }

    private static IEnumerable<Observed<T>> HandOn(List<Observed<T>> read, IEnumerator<(Observed<T> Record, string? Subject)> rest)
    {
        try
        {
            foreach (var record in read) yield return record;
            while (rest.MoveNext()) yield return rest.Current.Record;
        }
        finally
        {
            rest.Dispose();
        }
    }
}
