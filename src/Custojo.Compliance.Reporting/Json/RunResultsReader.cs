using System.Globalization;
using System.Text.Json;
using Custojo.Compliance.Engine.Drift;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Json;

/// <summary>
/// Reads a run results document (<c>run-results.schema.json</c>, e.g. the one attached to a signed PDF) into
/// the snapshot a diff compares. Reads only what a diff needs; <c>results[].waiver</c> is optional.
/// </summary>
public static class RunResultsReader
{
    public static RunSnapshot Read(ReadOnlyMemory<byte> json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (Text(root, "format") != RunJsonWriter.FormatName || root.GetProperty("formatVersion").GetInt32() != RunJsonWriter.FormatVersion)
                throw Invalid(source, $"it is not a {RunJsonWriter.FormatName} document of version {RunJsonWriter.FormatVersion}");
            var window = root.GetProperty("window");
            return new RunSnapshot
            {
                RunId = Text(root, "runId"),
                Source = source,
                From = Instant(window, "from"),
                To = Instant(window, "to"),
                AsOf = root.TryGetProperty("asOf", out _) ? Instant(root, "asOf") : null,
                Parameters = Parameters(root.GetProperty("parameters")),
                Controls = [.. root.GetProperty("results").EnumerateArray().Select(r => Control(r, source)).OrderBy(c => c.ControlId, StringComparer.Ordinal)],
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw Invalid(source, e.Message);
        }
    }

    private static ControlSnapshot Control(JsonElement result, string source)
    {
        var outcome = Outcome(Text(result, "outcome"), source);
        WaiverSnapshot? waiver = null;
        var underlying = outcome;
        if (result.TryGetProperty("waiver", out var status) && status.ValueKind == JsonValueKind.Object)
        {
            waiver = new WaiverSnapshot(Text(status, "id"), Text(status, "state"), status.GetProperty("applied").GetBoolean());
            if (status.TryGetProperty("underlyingOutcome", out var before) && before.ValueKind == JsonValueKind.String)
                underlying = Outcome(before.GetString()!, source);
        }
        return new ControlSnapshot(Text(result, "controlId"), Text(result, "title"), Text(result, "severity"), outcome, underlying, waiver);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Parameters(JsonElement parameters) =>
        parameters.EnumerateObject().ToDictionary(
            control => control.Name,
            control => (IReadOnlyDictionary<string, string>)control.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
            StringComparer.Ordinal);

    private static Outcome Outcome(string name, string source) =>
        OutcomeSpelling.TryParse(name, out var outcome) ? outcome : throw Invalid(source, $"unknown outcome '{name}'");

    private static string Text(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new InvalidOperationException($"'{name}' is null.");

    private static DateTimeOffset Instant(JsonElement element, string name) =>
        DateTimeOffset.Parse(Text(element, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static InputException Invalid(string source, string why) =>
        new($"{source}: the attached results cannot be read as Custojo run results ({why}). Render the report again with custojo report.");
}
