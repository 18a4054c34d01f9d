using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Custojo.Compliance.Evidence.Schemas;

/// <summary>
/// RFC 3339 <c>date-time</c> as JSON Schema defines it: a date, <c>T</c>, a time and a mandatory
/// <c>Z</c> or offset. NJsonSchema's own check accepts naive and date-only values; this one does not.
/// </summary>
internal sealed partial class StrictDateTimeFormat : IFormatValidator
{
    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) => tokenType == JTokenType.String && TryParse(value, out _);

    /// <summary>Parses an RFC 3339 instant with its offset.</summary>
    public static bool TryParse(string value, out DateTimeOffset instant)
    {
        instant = default;
        return Rfc3339().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    /// <summary>Parses an RFC 3339 instant with its offset from UTF-8: the common shape directly, anything else as text.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8, out DateTimeOffset instant) =>
        CommonInstantShape.TryRead(utf8, out instant) || TryParse(System.Text.Encoding.UTF8.GetString(utf8), out instant);

    /// <summary>True for a date-time without <c>Z</c> or offset, such as <c>2026-11-02T07:58:12</c>.</summary>
    public static bool IsNaive(string value) => Naive().IsMatch(value);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Naive();
}
