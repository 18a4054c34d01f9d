using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;
using NJsonSchema;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>Finds and reads the fixtures of a pack, validating each against the fixture schema.</summary>
public static class FixtureLoader
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        using var stream = typeof(FixtureLoader).Assembly.GetManifestResourceStream("fixture.schema.json")!;
        return JsonSchema.FromJsonAsync(new StreamReader(stream).ReadToEnd()).GetAwaiter().GetResult();
    });

    /// <summary>Every fixture of the pack whose control id contains <paramref name="filter"/> (case-insensitive), ordered by path.</summary>
    public static IReadOnlyList<FixtureCase> Load(PolicyPack pack, string? filter = null)
    {
        var cases = new List<FixtureCase>();
        foreach (var sectionDir in Directory.EnumerateDirectories(pack.Root).Order(StringComparer.Ordinal))
        {
            var tests = Path.Combine(sectionDir, "tests");
            if (!Directory.Exists(tests)) continue;
            foreach (var controlDir in Directory.EnumerateDirectories(tests).Order(StringComparer.Ordinal))
            {
                var controlId = Path.GetFileName(controlDir);
                if (filter is not null && !controlId.Contains(filter, StringComparison.OrdinalIgnoreCase)) continue;
                foreach (var file in Directory.EnumerateFiles(controlDir, "*.json").Order(StringComparer.Ordinal))
                    cases.Add(Read(pack, controlId, file));
            }
        }
        return cases;
    }

    private static FixtureCase Read(PolicyPack pack, string controlId, string path)
    {
        var relative = Path.GetRelativePath(pack.Root, path).Replace('\\', '/');
        var json = File.ReadAllText(path);
        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            errors = Schema.Value.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new InputException($"{relative}: not valid JSON: {ex.Message}", ex);
        }
        if (errors.Count > 0)
            throw new InputException($"{relative} is not a valid fixture: {string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}{(e.Property is null ? "" : $" ({e.Property})")}"))}");

        var root = JsonNode.Parse(json)!.AsObject();
        var zoneId = root["timeZone"]?.GetValue<string>() ?? "UTC";
        var zone = WorkspaceConfigReader.ResolveTimeZone(zoneId, relative);
        var window = root["period"] is { } period
            ? AuditPeriod.Parse(period.GetValue<string>(), zone)
            : new AuditWindow(Instant(root["window"]!["from"]!, relative), Instant(root["window"]!["to"]!, relative), zone);
        var expect = root["expect"]!;
        return new FixtureCase
        {
            ControlId = controlId,
            Name = Path.GetFileNameWithoutExtension(path),
            File = relative,
            Description = root["description"]?.GetValue<string>() ?? "",
            From = window.From,
            To = window.To,
            TimeZone = zoneId,
            Parameters = root["parameters"] is JsonObject parameters
                ? parameters.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value))
                : [],
            Evidence = [.. root["evidence"]!.AsArray().Select(e => e!.AsObject().DeepClone().AsObject())],
            Expect = new FixtureExpectation(ParseOutcome(expect["outcome"]!.GetValue<string>()), expect["messageContains"]?.GetValue<string>(), expect["findings"]?.GetValue<int>()),
        };
    }

    private static DateTimeOffset Instant(JsonNode node, string file)
    {
        var text = node.GetValue<string>();
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) || !(text.EndsWith('Z') || text.Contains('+', StringComparison.Ordinal) || text.LastIndexOf('-') > text.IndexOf('T', StringComparison.Ordinal)))
            throw new InputException($"{file}: window instant '{text}' needs an offset or Z, e.g. 2026-10-01T00:00:00Z.");
        return instant;
    }

    private static Outcome ParseOutcome(string text) => Runs.OutcomeSpelling.TryParse(text, out var outcome) ? outcome : Outcome.Error;
}
