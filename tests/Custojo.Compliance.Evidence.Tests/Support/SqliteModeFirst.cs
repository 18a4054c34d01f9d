using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Tests.Support;

/// <summary>
/// SQLite's threading mode is fixed by the first connection a process opens. Some tests open plain connections
/// (to tamper with a store, or in memory), so the mode the store chooses is set before any test runs, as the CLI,
/// whose every connection goes through the store, has it.
/// </summary>
internal static class SqliteModeFirst
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: see the summary.")]
    public static void Choose() => SqliteThreadingMode.EnsureMultiThread();
}
