namespace Custojo.Compliance.Sdk.Querying;

/// <summary>How many more records a run may hold in memory for sharing; shared by all kinds and threads.</summary>
internal sealed class RecordBudget(int records)
{
    private int _left = records;

    public int Total { get; } = records;

    public bool TryTake(int count)
    {
        while (true)
        {
            var left = Volatile.Read(ref _left);
            if (left < count) return false;
            if (Interlocked.CompareExchange(ref _left, left - count, left) == left) return true;
        }
    }

    public void Return(int count) => Interlocked.Add(ref _left, count);
}
