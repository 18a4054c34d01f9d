using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Engine.Drift;

/// <summary>
/// A diff as JSON (<c>custojo diff --format json</c>; shape documented in the README): fixed property order,
/// lists in <see cref="RunDiff"/>'s order, no wall-clock times, so the same two runs give the same bytes.
/// </summary>
public static class RunDiffJson
{
    public const string FormatName = "custojo-run-diff";
    public const int FormatVersion = 1;

    public static void Write(RunDiff diff, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", FormatName);
            json.WriteNumber("formatVersion", FormatVersion);
            WriteRun(json, "before", diff.Before);
            WriteRun(json, "after", diff.After);
            json.WriteBoolean("regression", diff.HasRegression);
            json.WriteStartArray("regressions");
            foreach (var id in diff.Regressions) json.WriteStringValue(id);
            json.WriteEndArray();
            WriteSummary(json, diff);
            WriteChanges(json, "newFailures", diff.NewFailures);
            WriteChanges(json, "resolved", diff.Resolved);
            WriteChanges(json, "stillFailing", diff.StillFailing);
            WriteChanges(json, "outcomeChanges", diff.OutcomeChanges);
            WriteControls(json, "added", diff.Added);
            WriteControls(json, "removed", diff.Removed);
            json.WriteStartArray("parameterChanges");
            foreach (var change in diff.ParameterChanges)
            {
                json.WriteStartObject();
                json.WriteString("controlId", change.ControlId);
                json.WriteString("name", change.Name);
                WriteNullable(json, "before", change.Before);
                WriteNullable(json, "after", change.After);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("waiverChanges");
            foreach (var change in diff.WaiverChanges)
            {
                json.WriteStartObject();
                json.WriteString("controlId", change.ControlId);
                json.WriteString("change", JsonNamingPolicy.KebabCaseLower.ConvertName(change.Kind.ToString()));
                WriteWaiver(json, "before", change.Before);
                WriteWaiver(json, "after", change.After);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteRun(Utf8JsonWriter json, string name, RunSnapshot run)
    {
        json.WriteStartObject(name);
        json.WriteString("runId", run.RunId);
        json.WriteString("source", run.Source);
        json.WriteString("from", Instant(run.From));
        json.WriteString("to", Instant(run.To));
        WriteNullable(json, "asOf", run.AsOf is { } asOf ? Instant(asOf) : null);
        json.WriteNumber("controls", run.Controls.Count);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, RunDiff diff)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("newFailures", diff.NewFailures.Count);
        json.WriteNumber("resolved", diff.Resolved.Count);
        json.WriteNumber("stillFailing", diff.StillFailing.Count);
        json.WriteNumber("outcomeChanges", diff.OutcomeChanges.Count);
        json.WriteNumber("added", diff.Added.Count);
        json.WriteNumber("removed", diff.Removed.Count);
        json.WriteNumber("parameterChanges", diff.ParameterChanges.Count);
        json.WriteNumber("waiverChanges", diff.WaiverChanges.Count);
        json.WriteNumber("unchanged", diff.Unchanged);
        json.WriteEndObject();
    }

    private static void WriteChanges(Utf8JsonWriter json, string name, IReadOnlyList<OutcomeChange> changes)
    {
        json.WriteStartArray(name);
        foreach (var change in changes)
        {
            json.WriteStartObject();
            json.WriteString("controlId", change.ControlId);
            json.WriteString("title", change.Title);
            json.WriteString("severity", change.Severity);
            json.WriteString("before", OutcomeSpelling.Name(change.Before));
            json.WriteString("after", OutcomeSpelling.Name(change.After));
            json.WriteBoolean("regression", change.IsRegression);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteControls(Utf8JsonWriter json, string name, IReadOnlyList<ControlSnapshot> controls)
    {
        json.WriteStartArray(name);
        foreach (var control in controls)
        {
            json.WriteStartObject();
            json.WriteString("controlId", control.ControlId);
            json.WriteString("title", control.Title);
            json.WriteString("severity", control.Severity);
            json.WriteString("outcome", OutcomeSpelling.Name(control.Outcome));
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteWaiver(Utf8JsonWriter json, string name, WaiverSnapshot? waiver)
    {
        if (waiver is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("id", waiver.Id);
        json.WriteString("state", waiver.State);
        json.WriteBoolean("applied", waiver.Applied);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
