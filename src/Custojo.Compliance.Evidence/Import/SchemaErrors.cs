using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Schemas;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Custojo.Compliance.Evidence.Import;

/// <summary>Turns NJsonSchema's validation errors into import errors: a rule, a JSON pointer, the value and what to fix.</summary>
internal static partial class SchemaErrors
{
    public const int MaxValueLength = 120;

    public static IEnumerable<(string Rule, string Pointer, string Message, string? Value)> Describe(ValidationError error, JObject record, KindSchema kind)
    {
        var pointer = Pointer(error.Path);
        var token = pointer.Length == 0 ? null : record.SelectToken(PathOf(pointer));
        var value = token is null ? null : Show(token);
        var name = error.Property ?? pointer.Split('/').LastOrDefault() ?? "";
        var kindOfError = error.Kind == ValidationErrorKind.NoTypeValidates ? NonNullType(error, token) ?? error.Kind : error.Kind;
        yield return kindOfError switch
        {
            ValidationErrorKind.PropertyRequired =>
                ("property-required", pointer, $"Required property '{name}' of kind '{kind.Name}' is missing. Add it (see `custojo evidence schema {kind.Name}`).", null),
            ValidationErrorKind.NoAdditionalPropertiesAllowed =>
                ("no-additional-properties", pointer, $"'{name}' is not a property of kind '{kind.Name}'. Remove it or check its spelling (see `custojo evidence schema {kind.Name}`).", value),
            ValidationErrorKind.NotInEnumeration =>
                ("enum", pointer, $"Not an allowed value of '{name}'. Use one of: {string.Join(", ", AllowedValues(kind, name))}.", value),
            ValidationErrorKind.DateTimeExpected when token?.Type == JTokenType.String && StrictDateTimeFormat.IsNaive((string)token!) =>
                ("naive-timestamp", pointer, $"'{name}' is a naive local time (no offset or Z), which is ambiguous. Write the instant with Z (UTC) or its offset, e.g. 2026-11-02T07:58:12Z or 2026-11-02T08:58:12+01:00.", value),
            ValidationErrorKind.DateTimeExpected =>
                ("date-time", pointer, $"'{name}' is not an RFC 3339 date-time. Write it like 2026-11-02T07:58:12Z or 2026-11-02T08:58:12+01:00.", value),
            _ => (Kebab(kindOfError.ToString()), pointer, Expectation(kindOfError, name), value),
        };
    }

    /// <summary>NJsonSchema paths (<c>#/tags[0]</c>, <c>#/a.b</c>) as JSON pointers (<c>/tags/0</c>).</summary>
    public static string Pointer(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "";
        var trimmed = path.StartsWith('#') ? path[1..] : path;
        trimmed = Index().Replace(trimmed, "/$1");
        return trimmed.Length == 0 || trimmed.StartsWith('/') ? trimmed : "/" + trimmed;
    }

    public static string Show(JToken token)
    {
        var text = token.ToString(Formatting.None);
        return text.Length <= MaxValueLength ? text : string.Concat(text.AsSpan(0, MaxValueLength), "…");
    }

    private static string PathOf(string pointer) =>
        string.Join("", pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, out var i) ? $"[{i}]" : $"['{p.Replace("'", "\\'", StringComparison.Ordinal)}']"));

    private static IEnumerable<object> AllowedValues(KindSchema kind, string property) =>
        kind.Schema.Properties.TryGetValue(property, out var schema)
            ? schema.ActualSchema.Enumeration.Concat(schema.OneOf.SelectMany(s => s.ActualSchema.Enumeration)).Where(v => v is not null).Select(v => v!)
            : [];

    /// <summary>For a nullable property (<c>["integer", "null"]</c>), the error of its non-null type.</summary>
    private static ValidationErrorKind? NonNullType(ValidationError error, JToken? token)
    {
        var type = error.Schema?.Type ?? JsonObjectType.None;
        return (type & ~JsonObjectType.Null) switch
        {
            JsonObjectType.String when error.Schema!.Format == "date-time" && token?.Type == JTokenType.String => ValidationErrorKind.DateTimeExpected,
            JsonObjectType.String => ValidationErrorKind.StringExpected,
            JsonObjectType.Integer => ValidationErrorKind.IntegerExpected,
            JsonObjectType.Number => ValidationErrorKind.NumberExpected,
            JsonObjectType.Boolean => ValidationErrorKind.BooleanExpected,
            JsonObjectType.Array => ValidationErrorKind.ArrayExpected,
            JsonObjectType.Object => ValidationErrorKind.ObjectExpected,
            _ => null,
        };
    }

    private static string Expectation(ValidationErrorKind kind, string name) => kind switch
    {
        ValidationErrorKind.StringExpected => $"'{name}' must be a string.",
        ValidationErrorKind.NumberExpected => $"'{name}' must be a number.",
        ValidationErrorKind.IntegerExpected => $"'{name}' must be a whole number.",
        ValidationErrorKind.BooleanExpected => $"'{name}' must be true or false.",
        ValidationErrorKind.ArrayExpected => $"'{name}' must be an array.",
        ValidationErrorKind.ObjectExpected => $"'{name}' must be an object.",
        ValidationErrorKind.NullExpected => $"'{name}' must be null.",
        ValidationErrorKind.ArrayItemNotValid => $"An item of '{name}' is not valid.",
        _ => $"'{name}' breaks the schema rule {kind}.",
    };

    private static string Kebab(string pascal) => KebabBoundary().Replace(pascal, "$1-$2").ToLowerInvariant();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex KebabBoundary();
}
