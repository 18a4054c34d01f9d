using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>Run once over a source read through <see cref="StoredEvidence"/> rows and once over one that hands rows over in place.</summary>
public abstract class SharedEvidenceTests
{
    private protected abstract StoredRows Rows(IEnumerable<EvidenceRecord> records);

    private static readonly DateTimeOffset Start = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Users = ["alice", "bob", "carol", "dave"];

    [Fact]
    public void Every_query_yields_exactly_what_the_store_yields_in_the_same_order_whatever_was_loaded_before()
    {
        var source = Rows(Logins(2_000));
        var shared = new SharedEvidence(source);
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var from = Start.AddHours(random.Next(-48, 24 * 9));
            var to = from.AddHours(random.Next(-2, 24 * 4));
            var subject = random.Next(3) == 0 ? Users[random.Next(Users.Length)] : null;
            Assert.Equal(Direct(source, from, to, subject), Refs(shared.Query<LoginAttempt>(from, to, subject)));
        }
    }

    [Theory]
    [InlineData(-1_500)]
    [InlineData(-1)]
    [InlineData(40)]
    public void A_load_yields_exactly_the_rows_read_when_the_count_it_was_sized_by_is_off(int offset)
    {
        var source = Rows(Logins(2_000));
        source.CountOffset = offset;
        var shared = new SharedEvidence(source);

        var loaded = Refs(shared.Query<LoginAttempt>(Start, Start.AddDays(30), null));
        var ofBob = Refs(shared.Query<LoginAttempt>(Start, Start.AddDays(30), "bob"));

        Assert.Equal(1, source.Queries);
        Assert.Equal(2_000, loaded.Count);
        Assert.Equal(Direct(source, Start, Start.AddDays(30), null), loaded);
        Assert.Equal(Direct(source, Start, Start.AddDays(30), "bob"), ofBob);
    }

    [Fact]
    public void Records_read_once_are_served_from_memory_to_every_later_query_inside_the_loaded_range()
    {
        var source = Rows(Logins(500));
        var shared = new SharedEvidence(source);

        var first = shared.Query<LoginAttempt>(Start, Start.AddDays(3), null).ToList();
        var again = shared.Query<LoginAttempt>(Start.AddHours(5), Start.AddDays(2), null).ToList();
        var ofAlice = shared.Query<LoginAttempt>(Start, Start.AddDays(3), "alice").ToList();

        Assert.Equal(1, source.Queries);
        var sharedRecord = first.First(r => r.At >= Start.AddHours(5));
        Assert.Same(sharedRecord, again.Single(r => r.Ref == sharedRecord.Ref));
        Assert.All(ofAlice, r => Assert.Equal("alice", r.Record.User));
    }

    [Fact]
    public void A_query_beyond_the_loaded_range_reads_only_the_missing_part_before_and_after()
    {
        var source = Rows(Logins(500));
        var shared = new SharedEvidence(source);
        var inner = shared.Query<LoginAttempt>(Start.AddDays(1), Start.AddDays(2), null).Count();
        var served = source.RowsServed;

        var wider = shared.Query<LoginAttempt>(Start, Start.AddDays(3), null).Count();

        Assert.Equal(3, source.Queries);
        Assert.Equal(wider - inner, source.RowsServed - served);
    }

    [Fact]
    public void A_subject_query_before_the_kind_is_loaded_uses_the_store_s_subject_filter()
    {
        var source = Rows(Logins(500));
        var shared = new SharedEvidence(source);

        var ofBob = shared.Query<LoginAttempt>(Start, Start.AddDays(3), "bob").ToList();

        Assert.Equal(ofBob.Count, source.RowsServed);
        Assert.All(ofBob, r => Assert.Equal("bob", r.Record.User));
    }

    [Fact]
    public void A_kind_larger_than_the_budget_is_streamed_from_the_store_on_every_query()
    {
        var source = Rows([.. Logins(5_000), .. Samples(300)]);
        var shared = new SharedEvidence(source, maxSharedRecords: 2_048);

        var logins = Refs(shared.Query<LoginAttempt>(Start, Start.AddDays(10), null));
        var servedOnce = source.RowsServed;
        var again = Refs(shared.Query<LoginAttempt>(Start, Start.AddDays(10), null));

        Assert.True(logins.Count > 2_048);
        Assert.Equal(logins.Count, servedOnce);
        Assert.Equal(2 * logins.Count, source.RowsServed);
        Assert.Equal(logins, again);
        Assert.Equal(Direct(source, Start, Start.AddDays(10), null), logins);

        // The budget the large kind gave back still shares a smaller one.
        shared.Query<ResourceSample>(Start, Start.AddDays(10), null).ToList();
        var queries = source.Queries;
        shared.Query<ResourceSample>(Start.AddDays(1), Start.AddDays(2), "db1").ToList();
        Assert.Equal(queries, source.Queries);
    }

    [Fact]
    public void A_loaded_kind_that_outgrows_the_budget_gives_it_back_and_still_answers_exactly()
    {
        var source = Rows(Logins(5_000));
        var shared = new SharedEvidence(source, maxSharedRecords: 2_048);
        shared.Query<LoginAttempt>(Start, Start.AddDays(1), null).ToList();

        var wide = Refs(shared.Query<LoginAttempt>(Start.AddDays(-1), Start.AddDays(10), "carol"));

        Assert.Equal(Direct(source, Start.AddDays(-1), Start.AddDays(10), "carol"), wide);
    }

    [Fact]
    public void A_kind_that_finds_the_budget_held_by_another_is_loaded_by_a_later_query()
    {
        var source = Rows(Samples(300));
        var budget = new RecordBudget(2_048);
        var shared = new SharedEvidence(source, budget);
        Assert.True(budget.TryTake(2_000));

        var first = Refs(shared.Query<ResourceSample>(Start, Start.AddDays(10), null));
        budget.Return(2_000);
        var second = Refs(shared.Query<ResourceSample>(Start, Start.AddDays(10), null));
        var queries = source.Queries;
        var third = Refs(shared.Query<ResourceSample>(Start, Start.AddDays(10), null));

        Assert.Equal(300, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Equal(queries, source.Queries);
    }

    [Fact]
    public void A_read_cut_short_keeps_nothing_and_gives_its_budget_back()
    {
        var source = Rows(Logins(3_000));
        source.FailAfter = 1_500;
        var budget = new RecordBudget(10_000);
        var shared = new SharedEvidence(source, budget);

        Assert.Throws<InvalidOperationException>(() => shared.Query<LoginAttempt>(Start, Start.AddDays(10), null).ToList());
        source.FailAfter = null;
        var logins = Refs(shared.Query<LoginAttempt>(Start, Start.AddDays(10), null));

        Assert.Equal(Direct(source, Start, Start.AddDays(10), null), logins);
        Assert.True(budget.TryTake(10_000 - logins.Count));
        Assert.False(budget.TryTake(1));
    }

    [Fact]
    public void A_control_that_stops_early_in_handed_on_rows_closes_the_read()
    {
        var source = Rows(Samples(300));
        var budget = new RecordBudget(2_048);
        var shared = new SharedEvidence(source, budget);
        Assert.True(budget.TryTake(2_000));
        var context = new Sdk.Controls.CheckContext("X-01", new Sdk.Time.AuditWindow(Start, Start.AddDays(10), TimeZoneInfo.Utc), new Dictionary<string, object>(), shared);

        var firstHundred = context.Evidence<ResourceSample>().Take(100).ToList();

        Assert.Equal(100, firstHundred.Count);
        Assert.Equal(1, source.Queries);
        Assert.Equal(0, source.OpenReads);
    }

    [Fact]
    public void Nothing_is_read_until_the_records_are_enumerated_and_an_empty_range_reads_nothing()
    {
        var source = Rows(Logins(100));
        var shared = new SharedEvidence(source);
        var context = new Sdk.Controls.CheckContext("X-01", new Sdk.Time.AuditWindow(Start, Start.AddDays(1), TimeZoneInfo.Utc), new Dictionary<string, object>(), shared);

        _ = context.Evidence<LoginAttempt>();
        var empty = shared.Query<LoginAttempt>(Start.AddDays(1), Start, null).ToList();

        Assert.Equal(0, source.Queries);
        Assert.Empty(empty);
    }

    [Fact]
    public void String_lists_of_shared_records_cannot_be_changed_by_a_control()
    {
        var source = Rows([Account("alice", ["admin"])]);
        var shared = new SharedEvidence(source);

        var roles = shared.Query<Account>(Start, Start.AddDays(1), null).Single().Record.Roles;

        Assert.Throws<NotSupportedException>(() => ((IList<string>)roles).Add("root"));
        Assert.Equal(["admin"], shared.Query<Account>(Start, Start.AddDays(1), null).Single().Record.Roles);
    }

    [Fact]
    public void Repeated_names_in_shared_records_are_one_string_instance()
    {
        var source = Rows(Logins(50));
        var shared = new SharedEvidence(source);

        var alices = shared.Query<LoginAttempt>(Start, Start.AddDays(10), null).Where(r => r.Record.User == "alice").ToList();

        Assert.True(alices.Count > 2);
        Assert.All(alices, r => Assert.Same(alices[0].Record.User, r.Record.User));
    }

    [Fact]
    public void A_source_read_in_place_yields_the_same_records_as_one_read_row_by_row()
    {
        var records = Logins(300).Concat([Account("alice", ["admin", "sudo"])]).ToList();
        var byRow = new StoredRows(records);
        var inPlace = new StoredRowsInPlace(records);

        Assert.Equal(Direct(byRow, Start, Start.AddDays(30), null), Direct(inPlace, Start, Start.AddDays(30), null));
        Assert.Equal(Direct(byRow, Start, Start.AddDays(30), "bob"), Direct(inPlace, Start, Start.AddDays(30), "bob"));
        Assert.Equal(Refs(TypedEvidence.Stream<Account>(byRow, Start, Start.AddDays(1), null)), Refs(TypedEvidence.Stream<Account>(inPlace, Start, Start.AddDays(1), null)));
    }

    [Fact]
    public void A_matched_query_reads_the_store_each_time_and_yields_the_matching_records_of_the_unmatched_query()
    {
        var source = Rows(Logins(400));
        var shared = new SharedEvidence(source);
        var withoutMfa = Match<LoginAttempt>.Where(nameof(LoginAttempt.MfaUsed), false);
        var all = shared.Query<LoginAttempt>(Start, Start.AddDays(30), null).ToList();
        var queries = source.Queries;

        var matched = shared.Query(Start.AddDays(1), Start.AddDays(20), null, withoutMfa).ToList();
        var ofBob = shared.Query(Start, Start.AddDays(30), "bob", withoutMfa.And(nameof(LoginAttempt.SourceIp), "192.0.2.3")).ToList();

        Assert.Equal(Refs(all.Where(r => r.At >= Start.AddDays(1) && r.At < Start.AddDays(20) && !r.Record.MfaUsed)), Refs(matched));
        Assert.Equal(Refs(all.Where(r => r.Record.User == "bob" && !r.Record.MfaUsed && r.Record.SourceIp == "192.0.2.3")), Refs(ofBob));
        Assert.NotEmpty(ofBob);
        Assert.Equal(queries + 2, source.Queries);
    }

    [Fact]
    public void Count_is_the_number_of_records_a_query_of_the_range_yields()
    {
        var source = Rows(Logins(400));
        var shared = new SharedEvidence(source);

        Assert.Equal(shared.Query<LoginAttempt>(Start.AddDays(2), Start.AddDays(9), null).Count(), shared.Count<LoginAttempt>(Start.AddDays(2), Start.AddDays(9)));
        Assert.Equal(0, shared.Count<LoginAttempt>(Start.AddDays(9), Start.AddDays(2)));
    }

    private static List<string> Direct(StoredRows source, DateTimeOffset from, DateTimeOffset to, string? subject) =>
        Refs(TypedEvidence.Stream<LoginAttempt>(source, from, to, subject));

    private static List<string> Refs<T>(IEnumerable<Observed<T>> records) where T : EvidenceRecord =>
        [.. records.Select(r => $"{r.Ref.Id} {r.At:O} {r.Record}")];

    private static IEnumerable<EvidenceRecord> Logins(int count)
    {
        var random = new Random(42);
        var at = Start;
        for (var i = 0; i < count; i++)
        {
            // Several records share an instant now and then, so the id decides their order.
            at = at.AddSeconds(random.Next(4) == 0 ? 0 : random.Next(1, 600));
            yield return LoginAttempt.Example with { At = at, User = Users[random.Next(Users.Length)], SourceIp = $"192.0.2.{random.Next(1, 5)}", MfaUsed = random.Next(2) == 0 };
        }
    }

    private static IEnumerable<EvidenceRecord> Samples(int count) =>
        Enumerable.Range(0, count).Select(i => ResourceSample.Example with { SampledAt = Start.AddMinutes(15 * i), Host = i % 2 == 0 ? "db1" : "app1" });

    private static Account Account(string user, string[] roles) => Evidence.Account.Example with { ObservedAt = Start.AddHours(1), User = user, Roles = roles };
}

public sealed class SharedEvidenceReadByRowTests : SharedEvidenceTests
{
    private protected override StoredRows Rows(IEnumerable<EvidenceRecord> records) => new(records);
}

public sealed class SharedEvidenceReadInPlaceTests : SharedEvidenceTests
{
    private protected override StoredRows Rows(IEnumerable<EvidenceRecord> records) => new StoredRowsInPlace(records);
}
