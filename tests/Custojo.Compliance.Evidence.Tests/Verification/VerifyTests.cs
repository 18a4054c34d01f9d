using Custojo.Compliance.Evidence.Verification;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Verification;

public sealed class VerifyTests : IDisposable
{
    private readonly TempStore _store = new();

    public VerifyTests()
    {
        // Two batches: records #1..#5 and #6..#8.
        _store.Import("first.ndjson", Records.Ndjson(5));
        _store.Clock.Advance(TimeSpan.FromHours(1));
        _store.Import("second.ndjson", Records.Ndjson(3, offset: 100));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Intact_store_verifies_with_the_head_and_count_of_the_last_import()
    {
        var result = _store.Store.Verify();

        Assert.True(result.Intact);
        Assert.Equal(8, result.Head.Records);
        Assert.Equal(2, result.Head.Batches);
        Assert.Equal(_store.Store.Head(), result.Head);
    }

    [Fact]
    public void Empty_store_verifies()
    {
        using var empty = new TempStore();
        empty.Store.EnsureCreated();

        var result = empty.Store.Verify();

        Assert.True(result.Intact);
        Assert.Equal(0, result.Head.Records);
    }

    [Fact]
    public void Triggers_refuse_updates_and_deletes()
    {
        using var connection = new SqliteConnection($"Data Source={_store.Store.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();

        command.CommandText = "UPDATE evidence SET subject = 'mallory' WHERE seq = 1";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        command.CommandText = "DELETE FROM batches WHERE seq = 2";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Edited_record_content_is_named()
    {
        _store.Tamper("UPDATE evidence SET json = replace(json, '\"alice\"', '\"mallory\"') WHERE seq = 3");

        AssertProblem(TamperKind.Edited, "evidence", 3, "content no longer hashes to its id");
    }

    [Fact]
    public void Edited_content_with_a_recomputed_id_is_named()
    {
        _store.Tamper("""
            UPDATE evidence SET json = replace(json, '"success"', '"failure"') WHERE seq = 4;
            UPDATE evidence SET id = sha256(json) WHERE seq = 4;
            """);

        AssertProblem(TamperKind.Edited, "evidence", 4, "content and id were replaced");
    }

    [Fact]
    public void Edited_time_column_is_named()
    {
        _store.Tamper("UPDATE evidence SET observed_at = observed_at + 36000000000 WHERE seq = 2");

        AssertProblem(TamperKind.Edited, "evidence", 2, "kind, time or subject column");
    }

    [Fact]
    public void Edited_chain_hash_is_named()
    {
        _store.Tamper("UPDATE evidence SET chain = zeroblob(32) WHERE seq = 5");

        AssertProblem(TamperKind.Edited, "evidence", 5, null);
    }

    [Fact]
    public void Deleted_record_is_named()
    {
        _store.Tamper("DELETE FROM evidence WHERE seq = 4");

        AssertProblem(TamperKind.Deleted, "evidence", 4, "Record #4 is missing");
    }

    [Fact]
    public void Deleted_last_record_is_named()
    {
        _store.Tamper("DELETE FROM evidence WHERE seq = 8");

        AssertProblem(TamperKind.Deleted, "evidence", 8, "recorded records up to #8");
    }

    [Fact]
    public void Inserted_record_after_the_last_import_is_named()
    {
        _store.Tamper("INSERT INTO evidence SELECT 9, sha256(replace(json, 'alice', 'eve')), kind, observed_at, 'eve', batch, replace(json, 'alice', 'eve'), chain FROM evidence WHERE seq = 8");

        AssertProblem(TamperKind.Inserted, "evidence", 9, "no import batch covers it");
    }

    [Fact]
    public void Inserted_record_in_the_middle_is_named()
    {
        _store.Tamper("""
            UPDATE evidence SET seq = seq + 100 WHERE seq >= 3;
            UPDATE evidence SET seq = seq - 99 WHERE seq >= 103;
            INSERT INTO evidence SELECT 3, sha256(replace(json, 'alice', 'eve')), kind, observed_at, 'eve', batch, replace(json, 'alice', 'eve'), chain FROM evidence WHERE seq = 2;
            """);

        AssertProblem(TamperKind.Inserted, "evidence", 3, "not in the chain");
    }

    [Fact]
    public void Reordered_records_are_named()
    {
        _store.Tamper("""
            UPDATE evidence SET seq = -1 WHERE seq = 2;
            UPDATE evidence SET seq = 2 WHERE seq = 3;
            UPDATE evidence SET seq = 3 WHERE seq = -1;
            """);

        AssertProblem(TamperKind.Reordered, "evidence", 2, "out of order");
    }

    [Fact]
    public void Record_moved_to_another_batch_is_named()
    {
        _store.Tamper("UPDATE evidence SET batch = 2 WHERE seq = 1");

        AssertProblem(TamperKind.Edited, "evidence", 1, "names batch #2");
    }

    [Fact]
    public void Edited_batch_provenance_is_named()
    {
        _store.Tamper("UPDATE batches SET source_label = 'trusted' WHERE seq = 1");

        AssertProblem(TamperKind.Edited, "batches", 1, "no longer match its hash");
    }

    [Fact]
    public void Deleted_batch_is_named()
    {
        _store.Tamper("DELETE FROM batches WHERE seq = 1");

        AssertProblem(TamperKind.Deleted, "batches", 1, "Import batch #1 is missing");
    }

    [Fact]
    public void Rewritten_chain_that_no_longer_reaches_the_recorded_head_is_named()
    {
        // Forge record #3 and re-link every record after it with valid hashes: each link checks out,
        // but the chain no longer ends at the head batch #1 recorded.
        _store.Tamper("""
            UPDATE evidence SET json = replace(json, '"success"', '"failure"') WHERE seq = 3;
            UPDATE evidence SET id = sha256(json) WHERE seq = 3;
            """);
        using (var connection = new SqliteConnection($"Data Source={_store.Store.DatabasePath};Pooling=False"))
        {
            connection.Open();
            var rows = new List<(long Seq, byte[] Id, string Kind, long At, string? Subject, long Batch)>();
            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT seq, id, kind, observed_at, subject, batch FROM evidence ORDER BY seq";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                    rows.Add((reader.GetInt64(0), (byte[])reader.GetValue(1), reader.GetString(2), reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt64(5)));
            }
            var previous = Canonical.ChainLink.Genesis;
            foreach (var row in rows)
            {
                previous = Canonical.ChainLink.Compute(previous, row.Batch, row.Id, row.At, row.Kind, row.Subject);
                using var write = connection.CreateCommand();
                write.CommandText = "UPDATE evidence SET chain = $chain WHERE seq = $seq";
                write.Parameters.AddWithValue("$chain", previous);
                write.Parameters.AddWithValue("$seq", row.Seq);
                write.ExecuteNonQuery();
            }
        }

        AssertProblem(TamperKind.Edited, "evidence", 5, "records of import batch #1 were rewritten");
    }

    private void AssertProblem(TamperKind kind, string table, long seq, string? message)
    {
        var result = _store.Store.Verify();

        Assert.False(result.Intact);
        var problem = result.Problem!;
        Assert.Equal((kind, table, seq), (problem.Kind, problem.Table, problem.Seq));
        if (message is not null) Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
