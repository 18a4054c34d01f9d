using Custojo.Compliance.EndToEnd.Tests.Support;
using System.Text.Json;

namespace Custojo.Compliance.EndToEnd.Tests.Evidence;

public sealed class EvidenceCommandsTests : IDisposable
{
    private readonly EvidenceWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Examples_of_every_kind_import_verify_and_show_in_stats_and_list()
    {
        var examples = _workspace.Run("evidence", "schema", "--example");
        _workspace.File("examples.ndjson", examples.Stdout);

        var import = _workspace.Run("evidence", "import", "examples.ndjson", "--source", "e2e");
        var verify = _workspace.Run("evidence", "verify", "--format", "json");
        var stats = _workspace.Run("evidence", "stats", "--format", "json");
        var list = _workspace.Run("evidence", "list", "--kind", "login-attempt", "--subject", "alice", "--format", "json");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("37 new, 0 already present", import.Stderr, StringComparison.Ordinal);
        using var verified = JsonDocument.Parse(verify.Stdout);
        Assert.Equal((0, true, 37), (verify.ExitCode, verified.RootElement.GetProperty("intact").GetBoolean(), verified.RootElement.GetProperty("records").GetInt32()));
        using var counted = JsonDocument.Parse(stats.Stdout);
        Assert.Equal(37, counted.RootElement.GetProperty("kinds").GetArrayLength());
        Assert.Equal(verified.RootElement.GetProperty("head").GetString(), counted.RootElement.GetProperty("head").GetString());
        using var listed = JsonDocument.Parse(list.Stdout);
        var row = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal("2026-11-02T07:58:12.0000000Z", row.GetProperty("record").GetProperty("at").GetString());
    }

    [Fact]
    public void A_command_that_wrote_leaves_no_write_ahead_log_for_the_next_process_to_copy_again()
    {
        _workspace.File("examples.ndjson", _workspace.Run("evidence", "schema", "--example").Stdout);

        var import = _workspace.Run("evidence", "import", "examples.ndjson");
        var afterImport = WriteAheadLogBytes();
        var check = _workspace.Run("check", "--last", "30d", "--quiet");
        var afterCheck = WriteAheadLogBytes();

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.True(check.ExitCode is 0 or 1, check.ToString());
        Assert.Equal((0L, 0L), (afterImport, afterCheck));
        Assert.Equal(0, _workspace.Run("evidence", "verify").ExitCode);
    }

    private long WriteAheadLogBytes() => new FileInfo(_workspace.Store + "-wal") is { Exists: true } log ? log.Length : 0;

    [Fact]
    public void Reimport_adds_nothing_and_says_so()
    {
        _workspace.File("one.json", _workspace.Run("evidence", "schema", "patch", "--example").Stdout);
        _workspace.Run("evidence", "import", "one.json");

        var again = _workspace.Run("evidence", "import", "one.json");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 new, 1 already present", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_records_exit_2_with_every_error_located_and_nothing_written()
    {
        _workspace.File("good.ndjson", _workspace.Run("evidence", "schema", "--example").Stdout);
        _workspace.File("bad.ndjson", """
            {"kind":"login-attempt","at":"2026-11-02T07:00:00","user":"a","sourceIp":"192.0.2.1","outcome":"success","mfaUsed":true,"method":"sso","validUser":true}
            {"kind":"login-attempts"}
            {broken
            """);

        var import = _workspace.Run("evidence", "import", "good.ndjson", "bad.ndjson");
        var stats = _workspace.Run("evidence", "stats", "--format", "json");

        Assert.Equal(2, import.ExitCode);
        Assert.Contains("error: bad.ndjson:1: /at: naive-timestamp:", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("error: bad.ndjson:2: /kind: unknown-kind: 'login-attempts' is not an evidence kind. Did you mean 'login-attempt'?", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("error: bad.ndjson:3: json-syntax:", import.Stderr, StringComparison.Ordinal);
        Assert.Contains("3 error(s) in 2 file(s): nothing was imported", import.Stderr, StringComparison.Ordinal);
        using var counted = JsonDocument.Parse(stats.Stdout);
        Assert.Equal(0, counted.RootElement.GetProperty("records").GetInt32());
    }

    [Fact]
    public void Import_result_as_json_lists_provenance_for_scripts()
    {
        _workspace.File("one.json", _workspace.Run("evidence", "schema", "backup-run", "--example").Stdout);

        var import = _workspace.Run("evidence", "import", "one.json", "--output", "json", "--dry-run");

        Assert.Equal(0, import.ExitCode);
        using var result = JsonDocument.Parse(import.Stdout);
        Assert.True(result.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, result.RootElement.GetProperty("newByKind").GetProperty("backup-run").GetInt32());
        Assert.Equal(64, result.RootElement.GetProperty("files")[0].GetProperty("sha256").GetString()!.Length);
    }

    [Fact]
    public void Verify_exits_1_naming_a_record_edited_with_raw_sql()
    {
        _workspace.File("examples.ndjson", _workspace.Run("evidence", "schema", "--example").Stdout);
        _workspace.Run("evidence", "import", "examples.ndjson");
        _workspace.Tamper("UPDATE evidence SET json = replace(json, 'alice', 'mallory') WHERE kind = 'login-attempt'");

        var verify = _workspace.Run("evidence", "verify");

        Assert.Equal(1, verify.ExitCode);
        Assert.Matches(@"error: Evidence store tampered: Record #\d+ \(id [0-9a-f]{64}\) was edited: its content no longer hashes to its id\.", verify.Stderr);
    }

    [Fact]
    public void Kinds_and_schemas_are_published_without_a_workspace()
    {
        var elsewhere = Path.Combine(_workspace.Folder, "empty");
        Directory.CreateDirectory(elsewhere);

        var kinds = CustojoCli.Run(elsewhere, EvidenceWorkspace.Now, "evidence", "kinds", "--format", "json");
        var schema = CustojoCli.Run(elsewhere, EvidenceWorkspace.Now, "evidence", "schema", "backup-run");
        var unknown = CustojoCli.Run(elsewhere, EvidenceWorkspace.Now, "evidence", "schema", "backups");

        using var list = JsonDocument.Parse(kinds.Stdout);
        Assert.Equal(37, list.RootElement.GetArrayLength());
        var logins = list.RootElement.EnumerateArray().Single(k => k.GetProperty("name").GetString() == "login-attempt");
        Assert.Equal(["outcome"], logins.GetProperty("indexedProperties").EnumerateArray().Select(p => p.GetString()));
        using var published = JsonDocument.Parse(schema.Stdout);
        Assert.Equal("backup-run", published.RootElement.GetProperty("title").GetString());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("Unknown evidence kind 'backups'", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void List_refuses_an_unknown_kind_and_a_naive_instant()
    {
        var kind = _workspace.Run("evidence", "list", "--kind", "backups");
        var time = _workspace.Run("evidence", "list", "--from", "2026-11-01T10:00");

        Assert.Equal((2, 2), (kind.ExitCode, time.ExitCode));
        Assert.Contains("custojo evidence kinds", kind.Stderr, StringComparison.Ordinal);
        Assert.Contains("--from 2026-11-01T10:00", time.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_evidence_command_has_an_example_in_its_help()
    {
        foreach (var command in new[] { "import", "verify", "list", "stats", "kinds", "schema" })
        {
            var help = _workspace.Run("evidence", command, "--help");

            var text = help.Stdout + help.Stderr;
            Assert.Equal(0, help.ExitCode);
            Assert.Contains($"custojo evidence {command}", text, StringComparison.Ordinal);
            Assert.Contains("EXAMPLES", text, StringComparison.Ordinal);
        }
    }
}
