using System.Globalization;
using System.Text.Json.Nodes;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>Builds one evidence record as JSON: <c>kind</c> first, then fields in the order added; null values are left out.</summary>
internal sealed class RecordBuilder
{
    private readonly JsonObject _record;

    public RecordBuilder(string kind) => _record = new JsonObject { ["kind"] = kind };

    public RecordBuilder Add(string name, string? value)
    {
        if (value is not null) _record[name] = value;
        return this;
    }

    public RecordBuilder Add(string name, long? value)
    {
        if (value is not null) _record[name] = value.Value;
        return this;
    }

    public RecordBuilder Add(string name, double? value)
    {
        if (value is not null) _record[name] = Math.Round(value.Value, 2);
        return this;
    }

    public RecordBuilder Add(string name, bool? value)
    {
        if (value is not null) _record[name] = value.Value;
        return this;
    }

    /// <summary>An instant in ISO 8601 with its offset, e.g. <c>2026-11-24T15:57:48.2010711-05:00</c>.</summary>
    public RecordBuilder Add(string name, DateTimeOffset? value)
    {
        if (value is not null) _record[name] = value.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
        return this;
    }

    public RecordBuilder Add(string name, IEnumerable<string>? values)
    {
        if (values is not null) _record[name] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        return this;
    }

    public JsonObject Build() => _record;

    public ImportedRecord At(string location) => new(_record, location);
}
