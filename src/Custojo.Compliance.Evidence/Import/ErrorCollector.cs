namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Collects errors from the reader and validation threads, counts them all and keeps the first
/// <c>cap</c> in file order (file, then record position), so the listing is the same on every run.
/// </summary>
internal sealed class ErrorCollector(int cap)
{
    private readonly Lock _gate = new();
    private readonly List<(int File, long Position, int Sequence, ImportError Error)> _kept = [];
    private long _count;
    private int _sequence;

    public long Count
    {
        get { lock (_gate) return _count; }
    }

    public void Add(int file, long position, ImportError error)
    {
        lock (_gate)
        {
            _count++;
            _kept.Add((file, position, _sequence++, error));
            if (_kept.Count > Math.Max(2 * cap, 1024)) Trim();
        }
    }

    public IReadOnlyList<ImportError> Listed()
    {
        lock (_gate)
        {
            Trim();
            return [.. _kept.Select(e => e.Error)];
        }
    }

    private void Trim()
    {
        _kept.Sort(static (a, b) => (a.File, a.Position, a.Sequence).CompareTo((b.File, b.Position, b.Sequence)));
        if (_kept.Count > cap) _kept.RemoveRange(cap, _kept.Count - cap);
    }
}
