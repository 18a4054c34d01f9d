namespace Custojo.Compliance.Engine;

/// <summary>
/// Runs one-time preparation (a schema parsed, serializer metadata built) on the thread pool ahead of the call that
/// needs it, so a short command does not wait for it on its one thread. A failure is left for that call to meet
/// again and report: the prepared values keep their exceptions (a lazy value) or are simply built again.
/// </summary>
internal static class BackgroundWarmUp
{
    public static void Start(Action prepare) => ThreadPool.UnsafeQueueUserWorkItem(static prepare =>
    {
        try
        {
            prepare();
        }
        catch (Exception)
        {
            // Met again, and reported, by the call the preparation was for.
        }
    }, prepare, preferLocal: false);
}
