using System.Globalization;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Storage;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Querying;

/// <summary>
/// A query with a <see cref="Match{T}"/> is answered by SQLite (from the kind's declared index where the store has
/// it, else by testing the stored JSON) and yields exactly the records the query without it yields that match.
/// </summary>
public sealed class MatchedQueryTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
    private readonly TempStore _store = new();

    public MatchedQueryTests()
    {
        var lines = Enumerable.Range(0, 300).Select(i => Records.Login(i, i % 3 == 0 ? "bob" : "alice", i % 7 == 0 ? "failure" : "success"))
            .Select((line, i) => i % 5 == 0 ? line.Replace("\"mfaUsed\":true", "\"mfaUsed\":false", StringComparison.Ordinal) : line)
            .Select((line, i) => i % 4 == 0 ? line.Replace(",\"host\":\"app-01\"", "", StringComparison.Ordinal) : line);
        _store.Import("logins.ndjson", string.Join("\n", lines.Reverse()) + "\n" + Records.Example("patch"));
    }

    public void Dispose() => _store.Dispose();

    public static TheoryData<string> Matches() => ["failure", "failure+mfa", "no-mfa", "address", "no-host", "failed-mfa-bob", "nothing"];

    private static Match<LoginAttempt> MatchNamed(string name) => name switch
    {
        "failure" => Match<LoginAttempt>.Where(nameof(LoginAttempt.Outcome), LoginOutcome.Failure),
        "failure+mfa" => Match<LoginAttempt>.Where(nameof(LoginAttempt.Outcome), LoginOutcome.Failure).And(nameof(LoginAttempt.MfaUsed), true),
        "no-mfa" => Match<LoginAttempt>.Where(nameof(LoginAttempt.MfaUsed), false),
        "address" => Match<LoginAttempt>.Where(nameof(LoginAttempt.SourceIp), "192.0.2.14"),
        "no-host" => Match<LoginAttempt>.Where(nameof(LoginAttempt.Host), null),
        "failed-mfa-bob" => Match<LoginAttempt>.Where(nameof(LoginAttempt.MfaUsed), true).And(nameof(LoginAttempt.Outcome), LoginOutcome.Failure).And(nameof(LoginAttempt.User), "bob"),
        _ => Match<LoginAttempt>.Where(nameof(LoginAttempt.User), "nobody"),
    };

    [Theory]
    [MemberData(nameof(Matches))]
    public void A_matched_query_yields_the_matching_records_of_the_unmatched_query_in_order(string name)
    {
        var match = MatchNamed(name);
        var head = _store.Store.Head();
        foreach (var source in new[] { _store.Store.Source(), _store.Store.Source(upToRecord: head.Records - 10) })
        {
            foreach (var subject in new[] { null, "bob" })
            {
                var from = Day.AddHours(7).AddSeconds(13);
                var expected = TypedEvidence.Stream<LoginAttempt>(source, from, Day.AddDays(1), subject)
                    .Where(login => match.Conditions.All(c => c.Holds(login.Record))).Select(Describe).ToList();

                var matched = TypedEvidence.Stream<LoginAttempt>(source, from, Day.AddDays(1), subject, match.Conditions).Select(Describe).ToList();

                Assert.Equal(expected, matched);
            }
        }
    }

    [Fact]
    public void The_matches_cover_records_that_do_and_do_not_match()
    {
        var all = TypedEvidence.Stream<LoginAttempt>(_store.Store.Source(), Day, Day.AddDays(1), null).ToList();

        foreach (var name in new[] { "failure", "failure+mfa", "no-mfa", "address", "no-host", "failed-mfa-bob" })
        {
            var kept = all.Count(login => MatchNamed(name).Conditions.All(c => c.Holds(login.Record)));
            Assert.InRange(kept, 1, all.Count - 1);
        }
    }

    [Fact]
    public void The_store_builds_the_declared_index_and_a_match_on_its_property_reads_through_it()
    {
        using var connection = EvidenceDatabase.OpenReadOnly(_store.Store.DatabasePath);
        Assert.Contains("evidence_login_attempt_by_outcome", PropertyIndexes.Existing(connection));
        using var command = connection.CreateCommand();
        EvidenceRows.Select(command, "login-attempt", Day, Day.AddDays(1), null,
            conditions: MatchNamed("failure").Conditions, storeIndexes: PropertyIndexes.Existing(connection));
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        using var reader = command.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read()) plan.Add(reader.GetString(3));

        Assert.Contains(plan, step => step.Contains("USING INDEX evidence_login_attempt_by_outcome", StringComparison.Ordinal));
    }

    [Fact]
    public void A_store_without_the_declared_index_answers_the_same_records()
    {
        var match = MatchNamed("failure");
        var withIndex = TypedEvidence.Stream<LoginAttempt>(_store.Store.Source(), Day, Day.AddDays(1), null, match.Conditions).Select(Describe).ToList();
        SqliteConnection.ClearAllPools();
        _store.Tamper("DROP INDEX evidence_login_attempt_by_outcome;");

        var without = TypedEvidence.Stream<LoginAttempt>(_store.Store.Source(), Day, Day.AddDays(1), null, match.Conditions).Select(Describe).ToList();

        Assert.Equal(withIndex, without);
        Assert.NotEmpty(without);
    }

    [Fact]
    public void An_import_into_an_empty_store_builds_the_declared_index_again_and_later_imports_maintain_it()
    {
        _store.Import("more.ndjson", string.Join("\n", Enumerable.Range(300, 50).Select(i => Records.Login(i, "carol", "failure"))));
        using var connection = EvidenceDatabase.OpenReadOnly(_store.Store.DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM evidence INDEXED BY evidence_login_attempt_by_outcome WHERE kind = 'login-attempt' AND json_extract(json, '$.\"outcome\"') = 'failure'";

        var indexed = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);

        Assert.Equal(Enumerable.Range(0, 300).Count(i => i % 7 == 0) + 50, indexed);
    }

    [Theory]
    [InlineData("login attempt", "outcome")]
    [InlineData("login-attempt", "outcome'); DROP TABLE evidence; --")]
    [InlineData("login-attempt", "")]
    public void An_index_declared_on_a_name_that_is_not_plain_is_refused_rather_than_written_into_sql(string kind, string property)
    {
        var error = Assert.Throws<InvalidOperationException>(() => PropertyIndexes.PropertyIndex.For(kind, property));

        Assert.Contains("must be plain names", error.Message, StringComparison.Ordinal);
    }

    private static string Describe(Observed<LoginAttempt> login) =>
        $"{login.Ref.Id} {login.At:O} {login.Record.User} {login.Record.Outcome} {login.Record.MfaUsed} {login.Record.Host ?? "-"}";
}
