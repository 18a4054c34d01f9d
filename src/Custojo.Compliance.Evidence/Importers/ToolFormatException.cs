namespace Custojo.Compliance.Evidence.Importers;

/// <summary>
/// A tool output an importer cannot read. The message names the importer, where in the input (line or
/// JSON path), what was expected and what was found, so the user can fix the file or pick another format.
/// Nothing is imported from an invocation that raised it.
/// </summary>
internal sealed class ToolFormatException : Exception
{
    private const int MaxShown = 80;

    public ToolFormatException() : this("The tool output could not be read.") { }

    public ToolFormatException(string message) : base(message)
    {
        Importer = "";
        Location = "";
        Expected = "";
    }

    public ToolFormatException(string message, Exception innerException) : base(message, innerException)
    {
        Importer = "";
        Location = "";
        Expected = "";
    }

    private ToolFormatException(string importer, string location, string expected, string? found, Exception? inner)
        : base(Describe(importer, location, expected, found), inner)
    {
        Importer = importer;
        Location = location;
        Expected = expected;
        Found = found;
    }

    public string Importer { get; }

    /// <summary>Where in the input, e.g. <c>line 12</c> or <c>$[0].backup[2].timestamp</c>.</summary>
    public string Location { get; }

    public string Expected { get; }

    public string? Found { get; }

    /// <summary>The input does not match the format at <paramref name="location"/>.</summary>
    public static ToolFormatException At(string importer, string location, string expected, string? found, Exception? inner = null) =>
        new(importer, location, expected, found, inner);

    /// <summary>The input needs an option the user did not give (e.g. <c>--host</c> for outputs naming no host).</summary>
    public static ToolFormatException MissingOption(string importer, string location, string what, string option) =>
        new(importer, location, $"{what}; the output does not name it, so pass {option}", null, null);

    private static string Describe(string importer, string location, string expected, string? found)
    {
        var shown = found is null ? "" : found.Length > MaxShown ? $", found '{found[..MaxShown]}…'" : $", found '{found}'";
        return $"{importer}: {location}: expected {expected}{shown}.";
    }
}
