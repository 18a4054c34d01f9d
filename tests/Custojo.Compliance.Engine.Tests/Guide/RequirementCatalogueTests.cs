using System.Text.RegularExpressions;

namespace Custojo.Compliance.Engine.Tests.Guide;

public sealed partial class RequirementCatalogueTests
{
    private static readonly IReadOnlyList<GuideBullet> Bullets = GuideOutline.Read(File.ReadAllText(RequirementCatalogue.GuideCopyPath));
    private static readonly IReadOnlyList<CatalogueEntry> Entries = RequirementCatalogue.Load();

    [Fact]
    public void Every_bullet_of_the_guide_is_in_the_catalogue_once_with_its_exact_text_and_section()
    {
        var problems = RequirementCatalogue.Problems(Bullets, Entries);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void The_guide_has_77_bullet_requirements_in_23_sections()
    {
        Assert.Equal(77, Bullets.Count);
        Assert.Equal(23, Bullets.Select(b => b.Section).Distinct().Count());
    }

    [Fact]
    public void The_guide_copy_in_the_pack_equals_the_shared_guide()
    {
        // A standalone clone has no shared folder beside it: then the pack's copy is the reference.
        if (!File.Exists(RequirementCatalogue.SharedGuidePath)) return;

        Assert.Equal(File.ReadAllText(RequirementCatalogue.SharedGuidePath), File.ReadAllText(RequirementCatalogue.GuideCopyPath));
    }

    [Fact]
    public void Ids_are_unique_readable_and_use_one_prefix_per_section()
    {
        Assert.All(Entries, e => Assert.Matches(IdPattern(), e.Id));
        Assert.Equal(Entries.Count, Entries.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());

        var prefixesBySection = Entries.GroupBy(e => e.Section).ToDictionary(g => g.Key, g => g.Select(e => Prefix(e.Id)).Distinct().ToList());
        Assert.All(prefixesBySection, pair => Assert.Single(pair.Value));
        Assert.Equal(prefixesBySection.Count, prefixesBySection.Values.Select(p => p[0]).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("Transaction log backups every 30 minutes", "BKP-STR-DB-03", "Backup Management › Backup Strategy › Database Backups")]
    [InlineData("Monitor system logs for errors and warnings", "MS-DAILY-01", "Maintenance Schedule › Daily Tasks")]
    [InlineData("Quarterly full restoration tests", "BKP-VER-MAN-01", "Backup Management › Backup Verification › Manual Verification")]
    [InlineData("Configure multi-factor authentication", "SEC-ACC-AUTH-01", "Security Maintenance › Access Control › Authentication")]
    [InlineData("Keep the team trained on maintenance procedures", "BP-05", "Best Practices")]
    public void Known_requirements_keep_their_ids_and_sections(string text, string id, string section)
    {
        var entry = Assert.Single(Entries, e => e.Text == text);

        Assert.Equal((id, section), (entry.Id, entry.Section));
    }

    [Fact]
    public void The_check_reports_a_missing_bullet()
    {
        var problems = RequirementCatalogue.Problems(Bullets, Entries.Where(e => e.Id != "UPD-PROC-PREP-02").ToList());

        var problem = Assert.Single(problems);
        Assert.Contains("\"Backup the system before updating\" (Update Management › Update Process › Preparation) is missing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_reports_a_duplicated_bullet()
    {
        var problems = RequirementCatalogue.Problems(Bullets, [.. Entries, Entries[0] with { Id = "MS-DAILY-99" }]);

        var problem = Assert.Single(problems);
        Assert.Contains("is listed 2 times (MS-DAILY-01, MS-DAILY-99)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_reports_an_altered_bullet()
    {
        var altered = Entries.Select(e => e.Id == "BKP-STR-DB-03" ? e with { Text = "Transaction log backups every 60 minutes" } : e).ToList();

        var problems = RequirementCatalogue.Problems(Bullets, altered);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Contains("\"Transaction log backups every 30 minutes\"", StringComparison.Ordinal) && p.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("BKP-STR-DB-03: text \"Transaction log backups every 60 minutes\" is not a bullet", StringComparison.Ordinal));
    }

    [Fact]
    public void The_check_reports_a_wrong_section_and_a_wrong_order()
    {
        var moved = Entries.Select(e => e.Id == "BP-01" ? e with { Section = "Best Practices › Documentation" } : e).ToList();
        Assert.StartsWith("BP-01: section is \"Best Practices › Documentation\"", Assert.Single(RequirementCatalogue.Problems(Bullets, moved)), StringComparison.Ordinal);

        var reordered = Entries.Reverse().ToList();
        Assert.Contains("another order", Assert.Single(RequirementCatalogue.Problems(Bullets, reordered)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_outline_reader_files_bullets_under_top_sections_sub_sections_and_groups()
    {
        const string guide = """
            Title
            Subtitle
            Intro sentence.
            Schedule
            Timeline:
            Daily
            - a
            Weekly
            - b
            Backups
            Strategy
            Intro:
            -
            Databases
            - c
            Practices
            - d
            """;

        var bullets = GuideOutline.Read(guide);

        Assert.Equal(
            ["Schedule › Daily: a", "Schedule › Weekly: b", "Backups › Strategy › Databases: c", "Practices: d"],
            bullets.Select(b => $"{b.Section}: {b.Text}"));
        Assert.Equal(7, bullets[0].Line);
    }

    private static string Prefix(string id) => id[..id.LastIndexOf('-')];

    [GeneratedRegex(@"^[A-Z]+(-[A-Z]+)*-[0-9]{2}$")]
    private static partial Regex IdPattern();
}
