using System.Globalization;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Evidence.Storage;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>The kind, observed-at and subject a stored JSON record implies, to tell an edited column from a moved row.</summary>
internal static class RecordColumns
{
    public static bool Match(ChainRow row)
    {
        try
        {
            using var text = new StringReader(System.Text.Encoding.UTF8.GetString(row.Json));
            using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None };
            if (JToken.ReadFrom(reader) is not JObject record || (string?)record["kind"] is not { } kind) return false;
            if (!EvidenceSchemas.TryGet(kind, out var schema)) return false;
            if (!StrictDateTimeFormat.TryParse((string?)record[schema.Info.TimeProperty] ?? "", out var observed)) return false;
            var subject = schema.Info.SubjectProperty is { } name && record[name] is JValue { Value: { } value }
                ? Convert.ToString(value, CultureInfo.InvariantCulture)
                : null;
            return kind == row.Kind && StoreTime.ToTicks(observed) == row.ObservedTicks && subject == row.Subject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
