using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Evidence.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Storage;

/// <summary>CloseAll acts on every store the process opened, so these tests run alone.</summary>
[CollectionDefinition(nameof(CloseAllTests), DisableParallelization = true)]
public sealed class CloseAllCollection;

[Collection(nameof(CloseAllTests))]
public sealed class CloseAllTests : IDisposable
{
    private readonly TempStore _store = new();

    [Fact]
    public void Closing_folds_the_write_ahead_log_of_a_store_written_to_back_into_the_database()
    {
        ImportTwoRecords();
        Assert.True(new FileInfo(Wal).Length > 0);

        EvidenceDatabase.CloseAll();

        Assert.True(!File.Exists(Wal) || new FileInfo(Wal).Length == 0);
        Assert.True(_store.Store.Verify() is { Intact: true, RecordsVerified: 2 });
    }

    [Fact]
    public void Closing_while_another_connection_holds_the_write_lock_gives_up_on_that_store_without_failing()
    {
        ImportTwoRecords();
        using var other = new SqliteConnection($"Data Source={Database};Pooling=False");
        other.Open();
        using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        var closing = Record.Exception(EvidenceDatabase.CloseAll);

        Assert.Null(closing);
        Assert.True(new FileInfo(Wal).Length > 0, "the log stays for the next writer to fold in");
        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }
        Assert.True(_store.Store.Verify() is { Intact: true, RecordsVerified: 2 });
    }

    public void Dispose() => _store.Dispose();

    private string Database => Path.Combine(_store.Folder, "evidence.db");

    private string Wal => Database + "-wal";

    /// <summary>The first import into an empty store bypasses the log (see BulkLoadJournal); the second one writes to it.</summary>
    private void ImportTwoRecords()
    {
        Assert.Equal(1, _store.Import("one.ndjson", Records.Login(1) + "\n").NewRecords);
        Assert.Equal(1, _store.Import("two.ndjson", Records.Login(2) + "\n").NewRecords);
    }
}
