using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Tests.Import;

public sealed class IndexRebuildTests : IDisposable
{
    private const string Indexes = "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' ORDER BY name";
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void An_empty_store_rebuilds_every_index_whatever_the_size_of_the_import() =>
        Assert.Equal(IndexRebuild.All, IndexStrategy.For(storedRecords: 0, bytesToImport: 10));

    [Fact]
    public void An_import_estimated_smaller_than_the_store_maintains_the_indexes() =>
        Assert.Equal(IndexRebuild.None, IndexStrategy.For(storedRecords: 1_000, bytesToImport: 1_000 * IndexStrategy.TypicalRecordBytes));

    [Fact]
    public void An_import_estimated_larger_than_the_store_rebuilds_the_query_indexes_only() =>
        Assert.Equal(IndexRebuild.QueryIndexes, IndexStrategy.For(storedRecords: 1_000, bytesToImport: 1_001 * IndexStrategy.TypicalRecordBytes));

    [Fact]
    public void An_import_into_an_empty_store_leaves_every_index_exactly_as_the_migrations_create_them()
    {
        using var fresh = new TempStore();
        fresh.Store.EnsureCreated();

        var result = _store.Import("large.ndjson", Records.Ndjson(200));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(fresh.Texts(Indexes), _store.Texts(Indexes));
        Assert.Contains("evidence_id: CREATE UNIQUE INDEX evidence_id ON evidence(id)", _store.Texts(Indexes));
        Assert.Equal(["ok"], _store.Texts("PRAGMA integrity_check"));
    }

    [Fact]
    public void An_import_into_an_empty_store_counts_every_repeated_record_as_present()
    {
        var file = _store.File("logins.ndjson", Records.Ndjson(300));

        var result = _store.Store.Import([file, file]);
        var again = _store.Store.Import([file]);

        Assert.Equal("300 new, 300 already present", result.Summary);
        Assert.Equal("0 new, 300 already present", again.Summary);
        Assert.Equal(300, _store.RecordCount);
        Assert.True(_store.Store.Verify().Intact);
    }

    [Fact]
    public void A_query_index_rebuild_leaves_the_indexes_exactly_as_the_migrations_create_them()
    {
        using var fresh = new TempStore();
        fresh.Store.EnsureCreated();
        _store.Import("first.ndjson", Records.Ndjson(1));

        var result = _store.Import("large.ndjson", Records.Ndjson(200, offset: 1));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(fresh.Texts(Indexes), _store.Texts(Indexes));
        Assert.Equal(["ok"], _store.Texts("PRAGMA integrity_check"));
    }

    [Fact]
    public void Rebuilt_and_maintained_indexes_answer_every_query_alike()
    {
        var records = Enumerable.Range(0, 300).Select(i => Records.Login(i, user: i % 3 == 0 ? "bob" : "alice")).ToList();
        _store.Import("all.ndjson", string.Join("\n", records) + "\n");
        using var stepwise = new TempStore();
        stepwise.Import("half.ndjson", string.Join("\n", records.Take(150)) + "\n");
        stepwise.Import("third.ndjson", string.Join("\n", records.Skip(150).Take(100)) + "\n");
        stepwise.Import("rest.ndjson", string.Join("\n", records.Skip(250)) + "\n");

        EvidenceFilter[] filters =
        [
            new() { Kind = "login-attempt" },
            new() { Kind = "login-attempt", Subject = "bob" },
            new() { Kind = "login-attempt", From = new(2026, 11, 2, 7, 1, 0, TimeSpan.Zero), To = new(2026, 11, 2, 7, 3, 0, TimeSpan.Zero) },
            new() { Kind = "login-attempt", Subject = "alice", From = new(2026, 11, 2, 7, 2, 0, TimeSpan.Zero), Limit = 10 },
        ];

        foreach (var filter in filters)
        {
            var rebuilt = _store.Store.List(filter).Select(r => r.Record.Id).ToList();
            Assert.NotEmpty(rebuilt);
            Assert.Equal(stepwise.Store.List(filter).Select(r => r.Record.Id), rebuilt);
        }
        Assert.Equal(100, _store.Store.List(new EvidenceFilter { Kind = "login-attempt", Subject = "bob" }).Count());
        Assert.True(_store.Store.Verify().Intact);
    }

    [Fact]
    public void A_failing_import_larger_than_the_store_leaves_both_indexes_and_every_row_as_they_were()
    {
        _store.Import("first.ndjson", Records.Ndjson(3));
        var indexes = _store.Texts(Indexes);
        var rows = _store.Texts("SELECT hex(chain) FROM evidence ORDER BY seq");

        var result = _store.Import("large.ndjson", Records.Ndjson(200, offset: 3) + """{"kind":"login-attempt"}""" + "\n");

        Assert.False(result.Succeeded);
        Assert.Equal(indexes, _store.Texts(Indexes));
        Assert.Equal(2, indexes.Count(i => i.StartsWith("evidence_kind_", StringComparison.Ordinal)));
        Assert.Equal(rows, _store.Texts("SELECT hex(chain) FROM evidence ORDER BY seq"));
        Assert.Equal(1, _store.BatchCount);
        Assert.Equal(["ok"], _store.Texts("PRAGMA integrity_check"));
    }

    [Fact]
    public void A_failing_import_into_an_empty_store_leaves_all_its_indexes()
    {
        _store.Store.EnsureCreated();
        var indexes = _store.Texts(Indexes);

        var result = _store.Import("large.ndjson", Records.Ndjson(200) + Records.Login(1) + "\n" + """{"kind":"login-attempt"}""" + "\n");

        Assert.False(result.Succeeded);
        Assert.Equal(indexes, _store.Texts(Indexes));
        Assert.Equal(3 + PropertyIndexes.All.Count, indexes.Count(i => i.StartsWith("evidence_", StringComparison.Ordinal)));
        Assert.Contains(indexes, i => i.StartsWith("evidence_login_attempt_by_outcome:", StringComparison.Ordinal));
        Assert.Equal(0, _store.RecordCount);
        Assert.Equal(["ok"], _store.Texts("PRAGMA integrity_check"));
    }

    [Fact]
    public void A_cancelled_import_larger_than_the_store_leaves_both_indexes_and_every_row_as_they_were()
    {
        _store.Import("first.ndjson", Records.Ndjson(3));
        var indexes = _store.Texts(Indexes);
        var large = _store.File("large.ndjson", Records.Ndjson(200, offset: 3));

        Assert.ThrowsAny<OperationCanceledException>(() => _store.Store.Import([large], cancellation: new CancellationToken(canceled: true)));

        Assert.Equal(indexes, _store.Texts(Indexes));
        Assert.Equal(3, _store.RecordCount);
        Assert.Equal(1, _store.BatchCount);
    }

    [Fact]
    public void A_dry_run_into_an_empty_store_keeps_the_indexes()
    {
        _store.Store.EnsureCreated();
        var indexes = _store.Texts(Indexes);

        _store.Import("dry.ndjson", Records.Ndjson(50), new ImportOptions { DryRun = true });

        Assert.Equal(indexes, _store.Texts(Indexes));
    }
}
