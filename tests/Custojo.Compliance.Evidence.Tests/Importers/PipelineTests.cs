using System.IO.Compression;
using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Importers;

namespace Custojo.Compliance.Evidence.Tests.Importers;

/// <summary>Tool importers plugged into the evidence store's import: schema validation, provenance, all-or-nothing.</summary>
public sealed class PipelineTests : IDisposable
{
    private static readonly DateTimeOffset CollectedAt = new(2026, 11, 24, 21, 7, 5, TimeSpan.Zero);

    private readonly TempStore _store = new();

    private static ImportOptions Options(string format = "auto", string? host = "vm", int? year = 2026) => new()
    {
        Format = format,
        Zone = TimeZoneInfo.Utc,
        Year = year,
        Host = host,
        Readers = ImporterRegistry.Default.FileReaders(new ToolImportOptions { ObservedAt = CollectedAt, ZoneOrigin = "--timezone" }),
    };

    private string Copy(string sample)
    {
        var path = Path.Combine(_store.Folder, sample.Replace('/', '_'));
        File.Copy(SampleFiles.Copy(sample), path);
        return path;
    }

    [Fact]
    public void Every_test_sample_imports_by_auto_detection_and_passes_the_kind_schemas()
    {
        var samples = AutoDetectionTests.CopiedSamples.Select(row => (string)row[0]).Where(s => s != "resources/sadf-cpu-mem-disk-net.json").ToList();

        var result = _store.Store.Import([.. samples.Select(Copy)], Options());

        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(samples.Count, result.Files.Count);
        Assert.Equal(
            AutoDetectionTests.CopiedSamples.Where(row => (string)row[0] != "resources/sadf-cpu-mem-disk-net.json").Select(row => (string)row[1]),
            result.Files.Select(f => f.Reader));
        Assert.All(result.Files, f => Assert.Equal("1.0.0", f.ReaderVersion));
        Assert.Equal(result.NewRecords, _store.RecordCount);
        Assert.True(result.NewByKind["backup-run"] > 0 && result.NewByKind["login-attempt"] > 0 && result.NewByKind["patch"] > 0);
    }

    [Fact]
    public void Reimporting_the_same_tool_output_adds_nothing()
    {
        var file = Copy("restic/05-snapshots.json");
        var first = _store.Store.Import([file], Options());

        var second = _store.Store.Import([file], Options());

        Assert.Equal(3, first.NewRecords);
        Assert.Equal(0, second.NewRecords);
        Assert.Equal(3, second.AlreadyPresent);
    }

    [Fact]
    public void A_tool_file_that_cannot_be_read_writes_nothing_of_the_whole_invocation_and_names_the_line()
    {
        var good = Copy("restic/05-snapshots.json");
        var bad = _store.File("auth.log", "2026-11-24T10:00:00+00:00 vm sshd[7]: Server listening\nthis is not syslog\n");

        var result = _store.Store.Import([good, bad], Options(format: "auto"));

        Assert.Equal(0, _store.RecordCount);
        var error = Assert.Single(result.Errors);
        Assert.Contains("auth-log: line 2: expected a syslog line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_host_is_an_error_naming_the_option_and_nothing_is_written()
    {
        var result = _store.Store.Import([Copy("pgbackrest/07-info.json")], Options(host: null));

        Assert.Equal(0, _store.RecordCount);
        Assert.Contains("--host", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gzip_rotation_is_recognised_and_imported_through_the_pipeline()
    {
        var path = Path.Combine(_store.Folder, "auth.log.2.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gzip.Write(File.ReadAllBytes(SampleFiles.Copy("ssh/auth.log")));
        }

        var result = _store.Store.Import([path], Options());

        Assert.Equal("auth-log", Assert.Single(result.Files).Reader);
        Assert.Equal(9, result.NewRecords);
    }

    [Fact]
    public void The_summary_notes_say_which_zone_and_year_were_assumed()
    {
        var result = _store.Store.Import([Copy("ssh/auth-traditional-format.log")], Options());

        Assert.Contains("auth-log: local times without an offset read in zone UTC (--timezone)", result.Notes);
        Assert.Contains("auth-log: year-less syslog times read in 2026 (--year)", result.Notes);
    }

    [Fact]
    public void Evidence_files_in_the_products_own_ndjson_mix_with_tool_outputs_in_one_import()
    {
        var example = Custojo.Compliance.Sdk.Evidence.EvidenceExamples.For(Custojo.Compliance.Sdk.Evidence.EvidenceKinds.All.Single(k => k.Name == "backup-run"));
        var json = System.Text.Json.JsonSerializer.SerializeToNode(example, example.GetType(), Custojo.Compliance.Sdk.Evidence.EvidenceJson.Options)!.AsObject();
        json.Insert(0, "kind", "backup-run");
        var ndjson = _store.File("demo.ndjson", json.ToJsonString() + "\n");

        var result = _store.Store.Import([ndjson, Copy("restic/05-snapshots.json"), Copy("ssh/auth.log")], Options());

        Assert.Equal(0, result.ErrorCount);
        Assert.Equal(["ndjson", "restic", "auth-log"], result.Files.Select(f => f.Reader));
        Assert.Equal(4, result.NewByKind["backup-run"]);
        Assert.Equal(9, result.NewByKind["login-attempt"]);
    }

    [Theory]
    [InlineData("line 12", 12L, "")]
    [InlineData("lines 3-9", 3L, "")]
    [InlineData("$[0].backup[2]", null, "/0/backup/2")]
    [InlineData("$.sysstat.hosts[0].statistics[1]", null, "/sysstat/hosts/0/statistics/1")]
    public void Record_locations_become_the_pipelines_line_or_json_pointer(string location, long? line, string pointer)
    {
        Assert.Equal((line, pointer), Custojo.Compliance.Evidence.Importers.Reading.RecordLocation.Parse(location));
    }

    public void Dispose() => _store.Dispose();
}
