using System.Runtime;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// Holds off the garbage collector while a check's controls run, and while Roslyn compiles its policies, up to
/// <see cref="DefaultBytes"/> of allocation each time. A check keeps most of what it allocates until its controls are
/// done (the records they share), so a collection during them mostly promotes live records from one generation to the
/// next while both workers wait: on 1,035,000 records, 9 collections (8 of generation 1) paused the evaluation
/// 0.16–0.18 s. A compile's garbage is cheap to leave, and each collection paused both workers for the references'
/// symbols and the files being compiled (see <c>PackEvaluator.Compile</c>). Past the budget, or when the
/// process cannot set it aside, the collector works as usual. The setting is process-wide: for a process whose one
/// job is the evaluation, never for several evaluations at once.
/// </summary>
internal sealed class CollectionHold : IDisposable
{
    /// <summary>About 1.7 times what the pack's evaluation allocates on 1,000,000 records (150 MiB).</summary>
    public const long DefaultBytes = 256L * 1024 * 1024;

    private bool _held;

    private CollectionHold(bool held) => _held = held;

    /// <summary>Starts holding, if the collector can set the budget aside (it collects once to make room).</summary>
    public static CollectionHold Begin(long bytes = DefaultBytes)
    {
        // Asking again while a hold is on would end that one (the runtime collects, then refuses).
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return new CollectionHold(false);
        try
        {
            return new CollectionHold(GC.TryStartNoGCRegion(bytes));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return new CollectionHold(false); // the budget is too large for this heap, or another thread began a hold
        }
    }

    /// <summary>Whether the collector is being held off now.</summary>
    public bool Holding => _held && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;

    public void Dispose()
    {
        var holding = Holding;
        _held = false;
        if (!holding) return;
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The budget ran out (or something collected) just before: the collector is back to normal either way.
        }
    }
}
