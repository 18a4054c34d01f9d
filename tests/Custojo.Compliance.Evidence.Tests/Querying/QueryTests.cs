using Custojo.Compliance.Evidence.Querying;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Querying;

public sealed class QueryTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly TempStore _store = new();

    public QueryTests()
    {
        // Out of time order on purpose, two users, plus one record of another kind.
        _store.Import("logins.ndjson", string.Join("\n",
            Records.Login(30, "bob"), Records.Login(10, "alice"), Records.Login(20, "alice"), Records.Login(40, "bob", "failure"),
            Records.Example("patch")));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Source_filters_kind_and_half_open_time_range_in_time_order()
    {
        var source = _store.Store.Source();

        var rows = source.Query("login-attempt", Day.AddHours(7).AddSeconds(10), Day.AddHours(7).AddSeconds(40), null).ToList();

        Assert.Equal([10, 20, 30], rows.Select(r => r.ObservedAt.Second));
        Assert.All(rows, r => Assert.Equal("login-attempt", r.Kind));
    }

    [Fact]
    public void Source_hands_policies_the_same_records_as_the_listing_with_the_stored_utf8_json()
    {
        var listed = _store.Store.List(new EvidenceFilter { Kind = "login-attempt" }).Select(r => r.Record).ToList();

        var rows = _store.Store.Source().Query("login-attempt", Day, Day.AddDays(1), null).ToList();

        Assert.Equal(listed, rows);
        Assert.Equal(listed.Select(r => r.Json), rows.Select(r => r.Json));
        Assert.All(rows, r => Assert.Equal(r.Id, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(r.Utf8Json.Span))));
    }

    [Fact]
    public void Rows_handed_over_in_place_are_the_rows_of_the_query_under_every_filter()
    {
        var head = _store.Store.Head();
        var firstImport = _store.Clock.GetUtcNow();
        _store.Clock.Advance(TimeSpan.FromDays(1));
        _store.Import("late.ndjson", Records.Login(50, "carol"));
        var sources = new[] { _store.Store.Source(), _store.Store.Source(asOf: firstImport), _store.Store.Source(upToRecord: head.Records) };

        foreach (var source in sources)
        {
            foreach (var (kind, subject) in new[] { ("login-attempt", (string?)null), ("login-attempt", "bob"), ("patch", null), ("login-attempt", "nobody") })
            {
                var queried = source.Query(kind, Day, Day.AddDays(1), subject).Select(r => $"{r.Id} {r.ObservedAt:O} {r.Subject ?? "-"} {r.Json}").ToList();
                var inPlace = ((Sdk.Querying.IEvidenceRowSource)source).Query(kind, Day, Day.AddDays(1), subject, [],
                    row => $"{Convert.ToHexStringLower(row.IdHash)} {row.ObservedAt:O} {(row.HasSubject ? System.Text.Encoding.UTF8.GetString(row.Subject) : "-")} {System.Text.Encoding.UTF8.GetString(row.Json)}").ToList();

                Assert.Equal(queried, inPlace);
            }
        }
        Assert.Equal([5, 4, 4], sources.Select(s => s.Query("login-attempt", Day, Day.AddDays(1), null).Count()));
    }

    [Fact]
    public void Source_filters_by_subject()
    {
        var rows = _store.Store.Source().Query("login-attempt", Day, Day.AddDays(1), "bob").ToList();

        Assert.Equal(["bob", "bob"], rows.Select(r => r.Subject));
        Assert.Equal([30, 40], rows.Select(r => r.ObservedAt.Second));
    }

    [Fact]
    public void Source_as_of_an_instant_sees_only_batches_imported_by_then()
    {
        var firstImport = _store.Clock.GetUtcNow();
        _store.Clock.Advance(TimeSpan.FromDays(1));
        _store.Import("late.ndjson", Records.Login(50, "carol"));

        var then = _store.Store.Source(asOf: firstImport).Query("login-attempt", Day, Day.AddDays(1), null).ToList();
        var now = _store.Store.Source().Query("login-attempt", Day, Day.AddDays(1), null).ToList();

        Assert.Equal(4, then.Count);
        Assert.Equal(5, now.Count);
    }

    [Fact]
    public void Source_pinned_to_a_chain_position_ignores_later_records()
    {
        var head = _store.Store.Head();
        _store.Import("late.ndjson", Records.Login(50, "carol"));

        var rows = _store.Store.Source(upToRecord: head.Records).Query("login-attempt", Day, Day.AddDays(1), null);

        Assert.Equal(4, rows.Count());
    }

    [Fact]
    public void Source_counts_what_a_query_would_yield_under_the_same_range_as_of_and_chain_position()
    {
        var head = _store.Store.Head();
        var firstImport = _store.Clock.GetUtcNow();
        _store.Clock.Advance(TimeSpan.FromDays(1));
        _store.Import("late.ndjson", Records.Login(50, "carol"));
        var from = Day.AddHours(7).AddSeconds(20);

        foreach (var source in new[] { _store.Store.Source(), _store.Store.Source(asOf: firstImport), _store.Store.Source(upToRecord: head.Records) })
        {
            Assert.Equal(source.Query("login-attempt", from, Day.AddDays(1), null).Count(), source.Count("login-attempt", from, Day.AddDays(1)));
            Assert.Equal(0, source.Count("login-attempt", Day.AddDays(1), Day.AddDays(2)));
        }
        Assert.Equal(4, _store.Store.Source().Count("login-attempt", from, Day.AddDays(1)));
        Assert.Equal(3, _store.Store.Source(asOf: firstImport).Count("login-attempt", from, Day.AddDays(1)));
    }

    [Fact]
    public void Source_answers_queries_from_many_threads()
    {
        var source = _store.Store.Source();

        var counts = Enumerable.Range(0, 32).AsParallel().WithDegreeOfParallelism(8)
            .Select(_ => source.Query("login-attempt", Day, Day.AddDays(1), null).Count()).ToList();

        Assert.All(counts, c => Assert.Equal(4, c));
    }

    [Fact]
    public void List_applies_filters_and_limit()
    {
        var all = _store.Store.List(new EvidenceFilter()).ToList();
        var limited = _store.Store.List(new EvidenceFilter { Kind = "login-attempt", Subject = "alice", Limit = 1 }).ToList();

        Assert.Equal(5, all.Count);
        var row = Assert.Single(limited);
        Assert.Equal(("alice", 10), (row.Record.Subject, row.Record.ObservedAt.Second));
        Assert.Equal(1, row.Batch);
    }

    [Fact]
    public void Stats_give_count_first_and_last_per_kind()
    {
        var stats = _store.Store.Stats();

        Assert.Equal(["login-attempt", "patch"], stats.Select(s => s.Kind));
        Assert.Equal((4L, Day.AddHours(7).AddSeconds(10), Day.AddHours(7).AddSeconds(40)), (stats[0].Count, stats[0].FirstObserved, stats[0].LastObserved));
    }

    [Fact]
    public void Queries_use_the_kind_and_time_indexes()
    {
        using var connection = Custojo.Compliance.Evidence.Storage.EvidenceDatabase.OpenReadOnly(_store.Store.DatabasePath);
        using var command = connection.CreateCommand();

        EvidenceRows.Select(command, "login-attempt", Day, Day.AddDays(1), null, asOf: Day);
        var byTime = Plan(command);
        command.Parameters.Clear();
        EvidenceRows.Select(command, "login-attempt", Day, Day.AddDays(1), "bob", upToRecord: 3);
        var bySubject = Plan(command);

        Assert.Contains("evidence_kind_time", byTime, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", byTime, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN e", byTime, StringComparison.Ordinal);
        Assert.Contains("evidence_kind_subject_time", bySubject, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", bySubject, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_only_connection_refuses_writes()
    {
        using var connection = Custojo.Compliance.Evidence.Storage.EvidenceDatabase.OpenReadOnly(_store.Store.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE sneaky(x)";

        var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());

        Assert.Contains("readonly", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    private static string Plan(SqliteCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }
}
