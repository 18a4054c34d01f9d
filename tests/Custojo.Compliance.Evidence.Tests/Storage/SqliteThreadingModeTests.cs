using System.Runtime.InteropServices;
using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Evidence.Tests.Support;

namespace Custojo.Compliance.Evidence.Tests.Storage;

public sealed partial class SqliteThreadingModeTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public void Store_connections_have_no_mutex_of_their_own_as_sqlite_gives_none_in_multi_thread_mode()
    {
        Assert.True(SqliteThreadingMode.EnsureMultiThread());
        var database = Path.Combine(_store.Folder, "evidence.db");
        using (var writer = EvidenceDatabase.OpenReadWrite(database))
            Assert.Equal(0, DatabaseMutex(writer.Handle!.DangerousGetHandle()));
        using var reader = EvidenceDatabase.OpenReadOnly(database);
        Assert.Equal(0, DatabaseMutex(reader.Handle!.DangerousGetHandle()));
    }

    public void Dispose() => _store.Dispose();

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_db_mutex")]
    private static extern nint DatabaseMutex(nint database);
}
