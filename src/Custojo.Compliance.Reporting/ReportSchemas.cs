namespace Custojo.Compliance.Reporting;

/// <summary>The published JSON Schemas of the report formats this library writes.</summary>
public static class ReportSchemas
{
    /// <summary>The JSON Schema (draft-07) of the run results JSON (<c>--formats json</c> and the PDF's embedded results).</summary>
    public static string RunResults { get; } = Read("Custojo.Compliance.Reporting.Json.run-results.schema.json");

    private static string Read(string resource)
    {
        using var stream = typeof(ReportSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from {typeof(ReportSchemas).Assembly.GetName().Name}; rebuild the Reporting project.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
