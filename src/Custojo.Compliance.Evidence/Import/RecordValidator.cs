using System.Buffers;
using System.Globalization;
using Custojo.Compliance.Evidence.Canonical;
using Custojo.Compliance.Evidence.Import.Readers;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Evidence.Storage;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Parses one raw record once, validates it against its kind's schema and, when valid, produces its
/// canonical JSON and identity. Thread-safe: each thread keeps its own validator and buffer.
/// </summary>
internal static class RecordValidator
{
    [ThreadStatic] private static JsonSchemaValidator? _validator;
    [ThreadStatic] private static ArrayBufferWriter<byte>? _buffer;

    public static ValidatedRecord? Validate(RawRecord raw, string file, List<ImportError> errors) =>
        (raw.Utf8 is { } utf8 ? Fast.FastRecordReader.TryAccept(utf8) : Fast.FastRecordReader.TryAccept(raw.Json)) ?? ValidateWithSchema(raw, file, errors);

    /// <summary>The reference path: Json.NET parse, NJsonSchema validation, every error described.</summary>
    public static ValidatedRecord? ValidateWithSchema(RawRecord raw, string file, List<ImportError> errors)
    {
        var record = Parse(raw, file, errors);
        if (record is null) return null;

        if (!record.TryGetValue("kind", out var kindToken) || kindToken.Type != JTokenType.String)
        {
            errors.Add(new(file, raw.Line, raw.Pointer + "/kind", "missing-kind",
                "The record has no \"kind\" string. Add the evidence kind, e.g. \"kind\": \"backup-run\" (`custojo evidence kinds` lists them).",
                kindToken is null ? null : SchemaErrors.Show(kindToken)));
            return null;
        }
        var kindName = (string)kindToken!;
        if (!EvidenceSchemas.TryGet(kindName, out var kind))
        {
            errors.Add(new(file, raw.Line, raw.Pointer + "/kind", "unknown-kind", UnknownKindMessage(kindName), SchemaErrors.Show(kindToken)));
            return null;
        }

        var validator = _validator ??= CreateValidator();
        var found = validator.Validate(record, kind.Schema, SchemaType.JsonSchema);
        if (found.Count > 0)
        {
            foreach (var error in found.OrderBy(e => e.Path, StringComparer.Ordinal))
            foreach (var (rule, pointer, message, value) in SchemaErrors.Describe(error, record, kind))
                errors.Add(new(file, raw.Line, raw.Pointer + pointer, rule, message, value));
            return null;
        }
        return Canonicalise(record, kind);
    }

    private static JObject? Parse(RawRecord raw, string file, List<ImportError> errors)
    {
        try
        {
            using var text = new StringReader(raw.Json);
            using var reader = new JsonTextReader(text) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Double, MaxDepth = 64 };
            var token = JToken.ReadFrom(reader);
            if (reader.Read())
            {
                errors.Add(new(file, raw.Line, NullIfEmpty(raw.Pointer), "json-syntax", "Unexpected content after the record. Put one record per line."));
                return null;
            }
            if (token is JObject record) return record;
            errors.Add(new(file, raw.Line, NullIfEmpty(raw.Pointer), "not-an-object", $"A record must be a JSON object, not {token.Type}.", SchemaErrors.Show(token)));
            return null;
        }
        catch (JsonReaderException e)
        {
            var line = raw.Line is { } start ? start + Math.Max(0, e.LineNumber - 1) : e.LineNumber;
            errors.Add(new(file, line, NullIfEmpty(raw.Pointer), "json-syntax", JsonErrors.Describe(e)));
            return null;
        }
    }

    private static ValidatedRecord Canonicalise(JObject record, KindSchema kind)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        CanonicalJson.Write(record, kind.DateTimeProperties, buffer);
        var id = RecordSha256.Hash(buffer.WrittenSpan);
        var json = buffer.WrittenSpan.ToArray();

        StrictDateTimeFormat.TryParse((string)record[kind.Info.TimeProperty]!, out var observed);
        var subject = kind.Info.SubjectProperty is { } name && record[name] is JValue { Value: { } value }
            ? Convert.ToString(value, CultureInfo.InvariantCulture)
            : null;
        return new ValidatedRecord(id, kind.Name, StoreTime.ToTicks(observed), subject, json);
    }

    private static JsonSchemaValidator CreateValidator()
    {
        // NJsonSchema accepts a value when any validator of its format does, so the lenient built-in
        // date-time validator is replaced rather than joined.
        var settings = new JsonSchemaValidatorSettings();
        settings.FormatValidators = [.. settings.FormatValidators.Where(v => v.Format != "date-time"), new StrictDateTimeFormat()];
        return new JsonSchemaValidator(settings);
    }

    private static string UnknownKindMessage(string kind)
    {
        var closest = Sdk.Evidence.EvidenceKinds.All
            .Select(k => (k.Name, Distance: EditDistance.Between(kind, k.Name)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        var hint = closest.Name is not null && closest.Distance <= 3 ? $" Did you mean '{closest.Name}'?" : "";
        return $"'{kind}' is not an evidence kind.{hint} Run `custojo evidence kinds` to list the kinds.";
    }

    private static string? NullIfEmpty(string pointer) => pointer.Length == 0 ? null : pointer;
}
