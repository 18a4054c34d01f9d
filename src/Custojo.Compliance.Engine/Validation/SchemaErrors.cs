using NJsonSchema.Validation;

namespace Custojo.Compliance.Engine.Validation;

/// <summary>NJsonSchema validation errors as people read them: a JSON pointer and what is wrong there.</summary>
internal static class SchemaErrors
{
    public static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).DefaultIfEmpty(error)
            : [error];

    public static string Pointer(ValidationError error)
    {
        // NJsonSchema writes "#/check.failOn" and "waivers[1].id"; show a JSON pointer: "#/check/failOn", "#/waivers/1/id".
        var path = "#/" + (error.Path ?? "#").TrimStart('#').TrimStart('/').Replace('.', '/').Replace("[", "/", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
        if (error.Kind == ValidationErrorKind.PropertyRequired && error.Property is { } required && !path.EndsWith("/" + required, StringComparison.Ordinal))
            path = $"{path.TrimEnd('/')}/{required}";
        return path;
    }

    public static string Describe(ValidationError error) => error.Kind switch
    {
        ValidationErrorKind.PropertyRequired => "required property is missing",
        ValidationErrorKind.NoAdditionalPropertiesAllowed => "unknown property (check its spelling against the schema)",
        ValidationErrorKind.NotInEnumeration => "value is not one of the allowed values",
        _ => SplitWords(error.Kind.ToString()),
    };

    private static string SplitWords(string kind) =>
        string.Concat(kind.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
