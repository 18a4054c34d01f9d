using System.Text.Json;

namespace Custojo.Compliance.Engine.Tests.Guide;

/// <summary>The requirement catalogue and the guide it is checked against, as files of the repository.</summary>
internal static class RequirementCatalogue
{
    public static string GuideFolder => Path.Combine(RepositoryRoot.Path, "policies", "guide");

    public static string CataloguePath => Path.Combine(GuideFolder, "requirements.json");

    public static string GuideCopyPath => Path.Combine(GuideFolder, "system-maintenance-guide.txt");

    /// <summary>The guide as shared by the project, beside the repository (absent in a standalone clone).</summary>
    public static string SharedGuidePath => Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "seeds", "system-maintenance-guide.txt"));

    public static IReadOnlyList<CatalogueEntry> Load() =>
        JsonSerializer.Deserialize<List<CatalogueEntry>>(File.ReadAllText(CataloguePath), new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        }) ?? throw new InvalidDataException($"{CataloguePath} is empty.");

    /// <summary>
    /// Every way the catalogue differs from the guide's bullets: missing, duplicated, altered or extra
    /// requirements, wrong sections and wrong order. Empty when they agree.
    /// </summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<GuideBullet> bullets, IReadOnlyList<CatalogueEntry> entries)
    {
        var problems = new List<string>();
        var byText = entries.GroupBy(e => e.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var guideTexts = bullets.Select(b => b.Text).ToHashSet(StringComparer.Ordinal);

        foreach (var bullet in bullets)
        {
            if (!byText.TryGetValue(bullet.Text, out var matches))
            {
                problems.Add($"guide line {bullet.Line}: bullet \"{bullet.Text}\" ({bullet.Section}) is missing from the catalogue, or its text was altered.");
                continue;
            }

            if (matches.Count > 1)
                problems.Add($"guide line {bullet.Line}: bullet \"{bullet.Text}\" is listed {matches.Count} times ({string.Join(", ", matches.Select(m => m.Id))}).");
            foreach (var match in matches.Where(m => m.Section != bullet.Section))
                problems.Add($"{match.Id}: section is \"{match.Section}\" but the guide files \"{bullet.Text}\" under \"{bullet.Section}\".");
        }

        foreach (var extra in entries.Where(e => !guideTexts.Contains(e.Text)))
            problems.Add($"{extra.Id}: text \"{extra.Text}\" is not a bullet of the guide (altered or invented).");

        if (problems.Count == 0 && !bullets.Select(b => b.Text).SequenceEqual(entries.Select(e => e.Text), StringComparer.Ordinal))
            problems.Add("The catalogue lists the requirements in another order than the guide: keep the guide's order.");

        return problems;
    }
}
