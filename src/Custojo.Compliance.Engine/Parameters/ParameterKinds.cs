namespace Custojo.Compliance.Engine.Parameters;

/// <summary>The parameter types a control may declare, and how each is described to people.</summary>
internal static class ParameterKinds
{
    public const string Supported = "TimeSpan, int, long, double, bool, string or string[]";

    public static bool IsSupported(Type type) =>
        type == typeof(TimeSpan) || type == typeof(int) || type == typeof(long) || type == typeof(double)
        || type == typeof(bool) || type == typeof(string) || type == typeof(string[]);

    /// <summary>What a JSON value for <paramref name="type"/> must look like, for error messages.</summary>
    public static string Expected(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => Sdk.Time.Durations.Expected,
        _ when type == typeof(int) => $"a whole number from {int.MinValue} to {int.MaxValue}",
        _ when type == typeof(long) => $"a whole number from {long.MinValue} to {long.MaxValue}",
        _ when type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "a string",
        _ when type == typeof(string[]) => "an array of strings",
        _ => Supported,
    };

    /// <summary>The C# name of a type as a policy author wrote it.</summary>
    public static string Name(Type type) => type switch
    {
        _ when type == typeof(int) => "int",
        _ when type == typeof(long) => "long",
        _ when type == typeof(double) => "double",
        _ when type == typeof(bool) => "bool",
        _ when type == typeof(string) => "string",
        _ when type == typeof(string[]) => "string[]",
        _ => type.Name,
    };
}
