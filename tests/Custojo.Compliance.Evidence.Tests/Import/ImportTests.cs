using System.Security.Cryptography;
using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Tests.Import;

public sealed class ImportTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void Import_accepts_the_example_of_every_kind()
    {
        var ndjson = string.Join("\n", EvidenceKinds.All.Select(k => Records.Example(k.Name)));

        var result = _store.Import("examples.ndjson", ndjson);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(EvidenceKinds.All.Count, result.NewRecords);
        Assert.Equal(EvidenceKinds.All.Select(k => k.Name), result.NewByKind.Keys);
        Assert.Equal(EvidenceKinds.All.Count, _store.RecordCount);
    }

    [Fact]
    public void Reimporting_the_same_content_adds_nothing_and_says_so()
    {
        _store.Import("a.ndjson", Records.Ndjson(5));

        var again = _store.Import("b.ndjson", Records.Ndjson(5));

        Assert.True(again.Succeeded);
        Assert.Equal("0 new, 5 already present", again.Summary);
        Assert.Equal(5, _store.RecordCount);
    }

    [Fact]
    public void Identity_ignores_key_order_whitespace_null_fields_and_offset_notation()
    {
        _store.Import("a.ndjson", """{"kind":"login-attempt","at":"2026-11-02T07:58:12Z","user":"alice","sourceIp":"192.0.2.1","outcome":"success","mfaUsed":true,"method":"sso","validUser":true}""" + "\n");

        var same = _store.Import("b.json", """
            { "validUser": true, "method": "sso", "mfaUsed": true, "outcome": "success", "sourceIp": "192.0.2.1",
              "user": "alice", "at": "2026-11-02T08:58:12.000+01:00", "kind": "login-attempt", "host": null }
            """);

        Assert.Equal("0 new, 1 already present", same.Summary);
    }

    [Fact]
    public void Stored_json_is_canonical_with_instants_in_utc()
    {
        _store.Import("a.ndjson", """{"user":"bob","kind":"login-attempt","at":"2026-11-02T08:58:12+01:00","sourceIp":"192.0.2.1","outcome":"failure","mfaUsed":false,"method":"password","validUser":true,"service":null}""" + "\n");

        var row = Assert.Single(_store.Store.List(new EvidenceFilter()));

        Assert.Equal("""{"at":"2026-11-02T07:58:12.0000000Z","kind":"login-attempt","method":"password","mfaUsed":false,"outcome":"failure","sourceIp":"192.0.2.1","user":"bob","validUser":true}""", row.Record.Json);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(row.Record.Json))), row.Record.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 7, 58, 12, TimeSpan.Zero), row.Record.ObservedAt);
        Assert.Equal("bob", row.Record.Subject);
    }

    [Fact]
    public void Import_reads_a_json_array_a_single_object_and_ndjson_by_content()
    {
        var array = _store.File("array.json", "[\n" + Records.Login(1) + ",\n" + Records.Login(2) + "\n]");
        var single = _store.File("single.json", EvidenceSchemas.ExampleJson("patch"));
        var lines = _store.File("lines.txt", Records.Ndjson(3, offset: 10));

        var result = _store.Store.Import([array, single, lines]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["json", "json", "ndjson"], result.Files.Select(f => f.Reader));
        Assert.Equal([2L, 1, 3], result.Files.Select(f => f.Records));
        Assert.Equal(6, result.NewRecords);
    }

    [Fact]
    public void Batch_keeps_provenance_of_every_file_and_the_import_clock()
    {
        var path = _store.File("logins.ndjson", Records.Ndjson(4));

        var result = _store.Store.Import([path], new ImportOptions { SourceLabel = "sshd app-01" });

        var file = Assert.Single(result.Files);
        Assert.Equal(path, file.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), file.Sha256);
        Assert.Equal(1, result.Batch);
        Assert.Equal(_store.Clock.GetUtcNow().UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks, _store.Scalar("SELECT imported_at FROM batches"));
        Assert.Equal(1, _store.Scalar("SELECT count(*) FROM batches WHERE source_label = 'sshd app-01' AND importer = 'custojo-evidence' AND new_count = 4"));
        Assert.Equal(result.ChainHead, _store.Store.Head().Hash);
    }

    [Fact]
    public void Import_rejects_bad_json_naming_the_line_and_writes_nothing()
    {
        var result = _store.Import("bad.ndjson", Records.Login(1) + "\n{\"kind\": \"login-attempt\", \"at\": }\n" + Records.Login(3) + "\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("json-syntax", error.Rule);
        Assert.Contains("Invalid JSON", error.Message, StringComparison.Ordinal);
        AssertNothingWritten(result);
    }

    [Fact]
    public void Import_rejects_record_missing_required_field()
    {
        var result = _store.Import("missing.ndjson", Records.Example("backup-run", r => r.Remove("target")) + "\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("property-required", "/target", 1L), (error.Rule, error.Pointer, error.Line!.Value));
        Assert.Contains("'target'", error.Message, StringComparison.Ordinal);
        AssertNothingWritten(result);
    }

    [Fact]
    public void Import_rejects_schema_violations_with_rule_pointer_and_value()
    {
        var json = Records.Example("backup-run", r => { r["type"] = "weekly"; r["sizeBytes"] = "big"; r["extra"] = 1; });

        var result = _store.Import("violations.ndjson", json + "\n");

        Assert.Equal(
            [("no-additional-properties", "/extra", "1"), ("integer-expected", "/sizeBytes", "\"big\""), ("enum", "/type", "\"weekly\"")],
            result.Errors.Select(e => (e.Rule, e.Pointer!, e.Value!)));
        Assert.Contains("full, incremental, differential, transaction-log", result.Errors[2].Message, StringComparison.Ordinal);
        AssertNothingWritten(result);
    }

    [Fact]
    public void Import_rejects_naive_timestamp_saying_it_has_no_offset()
    {
        var result = _store.Import("naive.ndjson", Records.Login(1).Replace("07:00:01Z", "07:00:01", StringComparison.Ordinal) + "\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("naive-timestamp", "/at", "\"2026-11-02T07:00:01\""), (error.Rule, error.Pointer, error.Value));
        Assert.Contains("naive local time (no offset or Z)", error.Message, StringComparison.Ordinal);
        AssertNothingWritten(result);
    }

    [Fact]
    public void Import_rejects_naive_timestamp_in_an_optional_field()
    {
        var result = _store.Import("naive.ndjson", Records.Example("backup-run", r => r["completedAt"] = "2026-11-02 01:12:37") + "\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("naive-timestamp", "/completedAt"), (error.Rule, error.Pointer));
        AssertNothingWritten(result);
    }

    [Fact]
    public void Optional_instants_are_stored_in_utc_too()
    {
        _store.Import("offset.ndjson", Records.Example("backup-run", r => r["completedAt"] = "2026-11-02T02:12:37+01:00") + "\n");

        var row = Assert.Single(_store.Store.List(new EvidenceFilter()));
        Assert.Contains("\"completedAt\":\"2026-11-02T01:12:37.0000000Z\"", row.Record.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_date_only_and_garbage_instants()
    {
        var result = _store.Import("dates.ndjson",
            Records.Login(1).Replace("2026-11-02T07:00:01Z", "2026-11-02", StringComparison.Ordinal) + "\n" +
            Records.Login(2).Replace("2026-11-02T07:00:02Z", "yesterday", StringComparison.Ordinal) + "\n");

        Assert.Equal([("date-time", 1L), ("date-time", 2L)], result.Errors.Select(e => (e.Rule, e.Line!.Value)));
        AssertNothingWritten(result);
    }

    [Fact]
    public void Import_rejects_unknown_kind_suggesting_the_closest()
    {
        var result = _store.Import("unknown.ndjson", Records.Login(1).Replace("login-attempt", "login-attempts", StringComparison.Ordinal) + "\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("unknown-kind", "/kind"), (error.Rule, error.Pointer));
        Assert.Contains("Did you mean 'login-attempt'?", error.Message, StringComparison.Ordinal);
        AssertNothingWritten(result);
    }

    [Fact]
    public void Import_rejects_record_without_kind_and_values_that_are_not_objects()
    {
        var result = _store.Import("nokind.ndjson", "{\"user\":\"alice\"}\n[1,2]\n");

        Assert.Equal([("missing-kind", 1L), ("not-an-object", 2L)], result.Errors.Select(e => (e.Rule, e.Line!.Value)));
        AssertNothingWritten(result);
    }

    [Fact]
    public void Errors_inside_a_json_array_carry_the_element_pointer_and_line()
    {
        var result = _store.Import("array.json", "[\n" + Records.Login(1) + ",\n" + Records.Login(2).Replace("\"alice\"", "42", StringComparison.Ordinal) + "\n]");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("/1/user", 3L, "string-expected"), (error.Pointer, error.Line!.Value, error.Rule));
        Assert.Equal($"{Path.Combine(_store.Folder, "array.json")}:3: /1/user: string-expected: 'user' must be a string. (value: 42)", error.ToString());
    }

    [Fact]
    public void Json_array_syntax_error_is_reported_with_its_line()
    {
        var result = _store.Import("broken.json", "[\n" + Records.Login(1) + ",\n{\"kind\": \n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("json-syntax", 4L), (error.Rule, error.Line!.Value));
        AssertNothingWritten(result);
    }

    [Fact]
    public void Every_error_is_counted_and_the_listing_is_capped_in_file_order()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 2500).Select(i => Records.Login(i).Replace("\"password\"", "\"pin\"", StringComparison.Ordinal)));

        var result = _store.Import("many.ndjson", lines, new ImportOptions { MaxErrors = 100 });

        Assert.Equal(2500, result.ErrorCount);
        Assert.Equal(100, result.Errors.Count);
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long?)i), result.Errors.Select(e => e.Line));
        AssertNothingWritten(result);
    }

    [Fact]
    public void One_bad_file_means_no_file_of_the_invocation_is_written()
    {
        var good = _store.File("good.ndjson", Records.Ndjson(10));
        var bad = _store.File("bad.ndjson", "{not json}\n");

        var result = _store.Store.Import([good, bad]);

        Assert.Equal(bad, Assert.Single(result.Errors).File);
        AssertNothingWritten(result);
    }

    [Fact]
    public void Dry_run_validates_and_counts_but_writes_nothing()
    {
        var result = _store.Import("dry.ndjson", Records.Ndjson(7), new ImportOptions { DryRun = true });

        Assert.True(result.Succeeded);
        Assert.Equal(7, result.NewRecords);
        Assert.Null(result.Batch);
        Assert.Equal(0, _store.RecordCount);
        Assert.Equal(0, _store.BatchCount);
    }

    [Fact]
    public void Duplicates_within_one_import_are_counted_as_present()
    {
        var result = _store.Import("dup.ndjson", Records.Login(1) + "\n" + Records.Login(1) + "\n");

        Assert.Equal("1 new, 1 already present", result.Summary);
    }

    [Fact]
    public void Missing_file_and_unknown_format_are_bad_input()
    {
        var missing = Assert.Throws<EvidenceInputException>(() => _store.Store.Import([Path.Combine(_store.Folder, "nope.ndjson")]));
        var format = Assert.Throws<EvidenceInputException>(() => _store.Import("a.ndjson", Records.Ndjson(1), new ImportOptions { Format = "csv" }));

        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        Assert.Contains("Use one of: auto, ndjson, json", format.Message, StringComparison.Ordinal);
        Assert.Equal(0, _store.RecordCount);
    }

    [Fact]
    public void Content_that_is_not_json_is_refused_asking_for_a_format()
    {
        var result = Assert.Throws<EvidenceInputException>(() => _store.Import("notes.txt", "hello\n"));

        Assert.Contains("--format", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forced_format_reads_a_single_line_object_as_json()
    {
        var result = _store.Import("one.json", Records.Login(1), new ImportOptions { Format = "json" });

        Assert.Equal("json", Assert.Single(result.Files).Reader);
        Assert.Equal(1, result.NewRecords);
    }

    [Fact]
    public void Tool_reader_errors_and_notes_reach_the_result()
    {
        var reader = new FakeToolReader();
        var result = _store.Import("tool.log", "TOOL v1\nline\n", new ImportOptions { Readers = [reader] });

        Assert.Equal("fake-tool", Assert.Single(result.Files).Reader);
        Assert.Equal(["assumed zone UTC"], result.Notes);
        Assert.Equal(("unreadable-line", 2L), (Assert.Single(result.Errors).Rule, result.Errors[0].Line!.Value));
        AssertNothingWritten(result);
    }

    private void AssertNothingWritten(ImportResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Equal(0, result.NewRecords);
        Assert.Null(result.Batch);
        Assert.Equal(0, _store.RecordCount);
        Assert.Equal(0, _store.BatchCount);
    }

    private sealed class FakeToolReader : IEvidenceFileReader
    {
        public string Name => "fake-tool";

        public string Version => "0.1";

        public bool Recognises(ReadOnlySpan<byte> header) => header.StartsWith("TOOL "u8);

        public IEnumerable<RawRecord> Read(Stream stream, ReadContext context)
        {
            context.Note("assumed zone UTC");
            yield return new RawRecord(Records.Login(1), 1);
            context.Error(2, "unreadable-line", "expected a login line");
        }
    }
}
