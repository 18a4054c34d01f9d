using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Storage;

public sealed class EvidenceMigrationTests : IDisposable
{
    private const string Schema = "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE tbl_name = 'evidence' ORDER BY type, name";
    private const string Rows = "SELECT seq || ' ' || hex(id) || ' ' || kind || ' ' || observed_at || ' ' || coalesce(subject, '-') || ' ' || batch || ' ' || hex(chain) || ' ' || json FROM evidence ORDER BY seq";
    private readonly TempStore _current = new();
    private readonly TempStore _old = new();

    public void Dispose()
    {
        _current.Dispose();
        _old.Dispose();
    }

    [Fact]
    public void A_store_of_schema_1_is_migrated_keeping_every_record_batch_and_chain()
    {
        // Given a store written by schema 1 (the id unique by a table constraint) holding two imports
        _current.Import("a.ndjson", Records.Ndjson(20));
        _current.Import("b.ndjson", Records.Ndjson(5, offset: 20));
        CreateSchema1Copy(_current.Store.DatabasePath, _old.Store.DatabasePath);
        var rows = _old.Texts(Rows);

        // When the current code opens it
        var verified = _old.Store.Verify();
        var reimport = _old.Import("c.ndjson", Records.Ndjson(30));

        // Then it has the current schema, the same rows, an intact chain, and ids are still unique
        Assert.True(verified.Intact);
        Assert.Equal(25, verified.RecordsVerified);
        Assert.Equal(_current.Texts(Schema), _old.Texts(Schema));
        Assert.Equal(rows, _old.Texts(Rows).Take(25));
        Assert.Equal("5 new, 25 already present", reimport.Summary);
        Assert.Throws<SqliteException>(() => _old.Tamper("INSERT INTO evidence SELECT 1000, id, kind, observed_at, subject, batch, json, chain FROM evidence WHERE seq = 1"));
    }

    [Fact]
    public void Schema_2_keeps_the_evidence_append_only()
    {
        _current.Import("a.ndjson", Records.Ndjson(2));
        using var connection = new SqliteConnection($"Data Source={_current.Store.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();

        command.CommandText = "UPDATE evidence SET subject = 'mallory' WHERE seq = 1";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
        command.CommandText = "DELETE FROM evidence WHERE seq = 1";
        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message, StringComparison.Ordinal);
    }

    private static void CreateSchema1Copy(string from, string to)
    {
        using var connection = new SqliteConnection($"Data Source={to};Pooling=False");
        connection.Open();
        SqliteMigrator.Apply(connection, EvidenceMigrations.Module, [EvidenceMigrations.All[0]]);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            ATTACH DATABASE '{from}' AS current;
            INSERT INTO evidence SELECT * FROM current.evidence ORDER BY seq;
            INSERT INTO batches SELECT * FROM current.batches ORDER BY seq;
            DETACH DATABASE current;
            """;
        command.ExecuteNonQuery();
    }
}
