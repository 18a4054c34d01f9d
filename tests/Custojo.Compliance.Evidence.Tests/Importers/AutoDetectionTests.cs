using System.IO.Compression;
using System.Text;
using Custojo.Compliance.Evidence.Importers;

namespace Custojo.Compliance.Evidence.Tests.Importers;

public sealed class AutoDetectionTests
{
    /// <summary>Every file of ../shared/samples and the importer that must recognise it (null: no importer may).</summary>
    public static TheoryData<string, string?> SharedSamples => new()
    {
        { "restic/03-backup-2.ndjson", "restic" },
        { "restic/05-snapshots.json", "restic" },
        { "restic/13-snapshots-after-tz.json", "restic" },
        { "restic/06-check.txt", null },
        { "restic/06-check-read-data.txt", null },
        { "restic/07-restore-latest-verify.txt", null },
        { "restic/08-stats.json", null },
        { "restic/restic-version.txt", null },
        { "borg/03-create-2.json", "borg" },
        { "borg/05-list.json", "borg" },
        { "borg/06-info-last-archive.json", "borg" },
        { "borg/06-info-repo.json", "borg" },
        { "borg/07-check.txt", null },
        { "borg/borg-version.txt", null },
        { "pgbackrest/07-info.json", "pgbackrest" },
        { "pgbackrest/08-pg_stat_archiver.json", "pg-stat-archiver" },
        { "pgbackrest/07-info.txt", null },
        { "pgbackrest/08-db-sizes.json", null },
        { "pgbackrest/09-verify.txt", null },
        { "pgbackrest/10-restore.txt", null },
        { "pgbackrest/00-pg-version.txt", null },
        { "pgbackrest/00-pgbackrest-version.txt", null },
        { "apt/history.log.excerpt", "apt-history" },
        { "apt/security-patch-libexpat1.history.log", "apt-history" },
        { "apt/dpkg.log.excerpt", "dpkg-log" },
        { "apt/security-patch-libexpat1.dpkg.log", "dpkg-log" },
        { "apt/tool-versions.tsv", null },
        { "ssh/auth.log", "auth-log" },
        { "ssh/auth-traditional-format.log", "auth-log" },
        { "ssh/last-wtmp-iso.txt", null },
        { "ssh/lastb-btmp-iso.txt", null },
        { "lynis/lynis-report.dat", "lynis" },
        { "openscap/patched-standard-results.xml", "oscap" },
        { "openscap/oscap-version.txt", null },
        // The redacted copy is not shadow syntax (its "hash:$y$" adds a field); the restored copy is recognised below.
        { "accounts/shadow-redacted.txt", null },
        // grep -n output: each line starts with its line number.
        { "accounts/login.defs-policy-lines.txt", null },
        { "accounts/passwd-S-a.txt", null },
        { "accounts/privileged-groups.txt", null },
        { "accounts/pam-common-password.txt", null },
        { "accounts/getent-passwd-uid0-and-human.txt", null },
        { "resources/sadf-cpu-mem-disk-net.json", "sadf" },
        { "resources/findmnt-df-bytes-ext4.json", null },
        { "resources/free-bytes.txt", null },
        { "resources/df-bytes.txt", null },
        { "resources/pg-database-sizes.json", null },
        { "resources/collected-at.txt", null },
    };

    public static TheoryData<string, string> CopiedSamples => new()
    {
        { "restic/03-backup-2.ndjson", "restic" },
        { "restic/05-snapshots.json", "restic" },
        { "restic/13-snapshots-after-tz.json", "restic" },
        { "borg/03-create-2.json", "borg" },
        { "borg/05-list.json", "borg" },
        { "borg/06-info-last-archive.json", "borg" },
        { "borg/06-info-repo.json", "borg" },
        { "pgbackrest/07-info.json", "pgbackrest" },
        { "pgbackrest/08-pg_stat_archiver.json", "pg-stat-archiver" },
        { "apt/history.log.excerpt", "apt-history" },
        { "apt/security-patch-libexpat1.history.log", "apt-history" },
        { "apt/security-patch-libexpat1.dpkg.log", "dpkg-log" },
        { "ssh/auth.log", "auth-log" },
        { "ssh/auth-traditional-format.log", "auth-log" },
        { "lynis/lynis-report.dat", "lynis" },
        { "openscap/standard-results-testresult-only.xml", "oscap" },
        { "accounts/shadow", "shadow" },
        { "accounts/login.defs", "login-defs" },
        { "resources/sadf-cpu-mem-disk-net.json", "sadf" },
        { "resources-local/sadf-cpu-mem-fs.json", "sadf" },
    };

    [Theory]
    [MemberData(nameof(SharedSamples))]
    public void Every_shared_sample_is_recognised_by_its_importer_and_no_other(string sample, string? importer)
    {
        if (SampleFiles.SharedFolder is not { } shared) return;
        using var stream = File.OpenRead(Path.Combine(shared, sample));

        if (importer is null)
        {
            var error = Assert.Throws<ToolFormatException>(() => ImporterRegistry.Default.Recognise(stream));
            Assert.Contains("pass --format", error.Expected, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(importer, ImporterRegistry.Default.Recognise(stream).Name);
        }
    }

    [Theory]
    [MemberData(nameof(CopiedSamples))]
    public void Every_test_sample_is_recognised_by_its_importer(string sample, string importer)
    {
        using var stream = File.OpenRead(SampleFiles.Copy(sample));

        Assert.Equal(importer, ImporterRegistry.Default.Recognise(stream).Name);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void Gzip_rotations_are_recognised_by_their_content()
    {
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(SampleFiles.Copy("apt/history.log.excerpt")));
        }

        Assert.Equal("apt-history", ImporterRegistry.Default.Recognise(compressed.ToArray()).Name);
    }

    [Fact]
    public void A_random_text_file_is_rejected_listing_the_formats_tried()
    {
        var text = Encoding.UTF8.GetBytes("Dear team,\nthe quarterly maintenance window is on Saturday 02:00-04:00.\nRegards, ops\n");

        var error = Assert.Throws<ToolFormatException>(() => ImporterRegistry.Default.Recognise(text));

        Assert.Equal("start of file", error.Location);
        Assert.Equal("Dear team,", error.Found);
        Assert.Contains("apt-history, auth-log, borg, dpkg-log, login-defs, lynis, oscap, pg-stat-archiver, pgbackrest, restic, sadf, shadow", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        var error = Assert.Throws<ToolFormatException>(() => ImporterRegistry.Default.Recognise(ReadOnlySpan<byte>.Empty));

        Assert.Equal("(empty)", error.Found);
    }

    [Fact]
    public void Importer_names_are_unique_and_every_importer_has_a_version_and_description()
    {
        Assert.Equal(12, ImporterRegistry.Default.Importers.Count);
        Assert.Equal(ImporterRegistry.Default.Importers.Select(i => i.Name), ImporterRegistry.Default.FileReaders(new ToolImportOptions()).Select(r => r.Name));
        Assert.All(ImporterRegistry.Default.Importers, i =>
        {
            Assert.Matches(@"^\d+\.\d+\.\d+$", i.Version);
            Assert.False(string.IsNullOrWhiteSpace(i.Description));
        });
    }

    [Fact]
    public void Test_copies_are_byte_identical_to_the_shared_originals_unless_listed_as_changed()
    {
        if (SampleFiles.SharedFolder is not { } shared) return;
        string[] changed = ["openscap/standard-results-testresult-only.xml", "accounts/shadow", "accounts/shadow-recipe-redacted", "accounts/login.defs"];
        var copies = Directory.GetFiles(SampleFiles.CopiesFolder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(SampleFiles.CopiesFolder, p).Replace('\\', '/'))
            .Where(p => p != "README.md" && !p.StartsWith("resources-local/", StringComparison.Ordinal) && !p.StartsWith("recipe/", StringComparison.Ordinal) && !changed.Contains(p));

        Assert.All(copies, copy => Assert.Equal(File.ReadAllBytes(Path.Combine(shared, copy)), File.ReadAllBytes(SampleFiles.Copy(copy))));
    }
}
