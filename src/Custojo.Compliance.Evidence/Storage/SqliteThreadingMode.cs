using SQLitePCL;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// Puts SQLite in its multi-thread mode before the process opens its first connection. The bundled library
/// defaults to serialized mode, which locks a connection's mutex around every call, ten or so per row read. The
/// store never shares a connection between threads at the same time (each unit of work opens its own, and a
/// pooled connection moves between threads only when it is idle), which is all multi-thread mode asks.
/// </summary>
internal static class SqliteThreadingMode
{
    private static readonly Lazy<bool> Configured = new(Configure, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>True when multi-thread mode is on; false when SQLite was already initialised (it then stays serialized).</summary>
    public static bool EnsureMultiThread() => Configured.Value;

    private static bool Configure()
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK;
    }
}
