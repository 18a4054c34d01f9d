using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Importers;
using Snapshooter.Xunit;
using static Custojo.Compliance.Evidence.Tests.Importers.ImporterHarness;

namespace Custojo.Compliance.Evidence.Tests.Importers;

/// <summary>
/// The outputs of following docs/collect.md once on the build machine (restic 0.14.0, OpenSSH 9.2p1 with
/// rsyslog 8.2302, 2026-11-24): imported as the recipe imports them.
/// </summary>
public sealed class RecipeRunTests : IDisposable
{
    /// <summary>When the recipe's restic backups ran; restic 0.14's backup output has no time of its own.</summary>
    private static readonly DateTimeOffset BackupsRanAt = new(2026, 11, 24, 22, 8, 34, TimeSpan.Zero);

    private readonly TempStore _store = new();

    [Fact]
    public void Restic_backup_with_a_missing_source_path_is_partial_although_restic_exited_0()
    {
        var records = ImportSample("restic", "recipe/backup-2.ndjson", Context(host: "app-01", observedAt: BackupsRanAt));

        var record = Assert.Single(records).Record;
        Assert.Equal("partial", (string?)record["outcome"]);
        Assert.Equal("1 error: /tmp/custojo-recipe/data/missing does not exist, skipping", (string?)record["error"]);
        Assert.Equal("incremental", (string?)record["type"]);
    }

    [Fact]
    public void Recipe_outputs_import_by_auto_detection_into_the_store()
    {
        var files = new[] { "recipe/snapshots.json", "recipe/backup-1.ndjson", "recipe/auth.log" }
            .Select(sample =>
            {
                var path = Path.Combine(_store.Folder, Path.GetFileName(sample));
                File.Copy(SampleFiles.Copy(sample), path);
                return path;
            })
            .ToList();
        var options = new ImportOptions
        {
            Zone = TimeZoneInfo.Utc,
            Host = "app-01",
            Readers = ImporterRegistry.Default.FileReaders(new ToolImportOptions { ObservedAt = BackupsRanAt, ZoneOrigin = "--timezone" }),
        };

        var result = _store.Store.Import(files, options);

        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(["restic", "restic", "auth-log"], result.Files.Select(f => f.Reader));
        Assert.Equal(3, result.NewByKind["backup-run"]);
        Assert.Equal(4, result.NewByKind["login-attempt"]);
    }

    [Fact]
    public void Recipe_auth_log_gives_the_four_attempts_made()
    {
        var records = ImportSample("auth-log", "recipe/auth.log");

        Assert.Equal(
            ["custojo-demo failure password true", "nosuchuser failure password false", "custojo-demo success password true", "custojo-demo success publickey true"],
            records.Select(r => $"{r.Record["user"]} {r.Record["outcome"]} {r.Record["method"]} {r.Record["validUser"]}"));
        Snapshot.Match(AsSnapshot(records));
    }

    [Fact]
    public void Recipe_snapshots_list_both_backups_the_second_incremental()
    {
        var records = ImportSample("restic", "recipe/snapshots.json");

        Assert.Equal(["full", "incremental"], records.Select(r => (string?)r.Record["type"]));
        Snapshot.Match(AsSnapshot(records));
    }

    public void Dispose() => _store.Dispose();
}
