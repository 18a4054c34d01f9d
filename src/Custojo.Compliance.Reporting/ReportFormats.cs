using Custojo.Compliance.Reporting.Formats;
using Custojo.Compliance.Reporting.Json;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Oscal;

namespace Custojo.Compliance.Reporting;

/// <summary>Names, file names and writers of the machine-readable formats (everything but the PDF).</summary>
public static class ReportFormats
{
    private static readonly (ReportFormat Format, string Name, string Extension)[] Table =
    [
        (ReportFormat.Pdf, "pdf", ".pdf"),
        (ReportFormat.Json, "json", ".json"),
        (ReportFormat.JUnit, "junit", ".junit.xml"),
        (ReportFormat.Sarif, "sarif", ".sarif"),
        (ReportFormat.Markdown, "md", ".md"),
        (ReportFormat.Csv, "csv", ".csv"),
        (ReportFormat.Oscal, "oscal", ".oscal.json"),
    ];

    /// <summary>Every format, in the order the CLI lists them.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = [.. Table.Select(t => t.Format)];

    /// <summary>The command-line name: pdf, json, junit, sarif, md, csv, oscal.</summary>
    public static string Name(ReportFormat format) => Entry(format).Name;

    /// <summary>Parses a command-line name (case-insensitive; "markdown" is accepted for md).</summary>
    public static bool TryParse(string name, out ReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim().ToLowerInvariant() is "markdown" ? "md" : name.Trim().ToLowerInvariant();
        foreach (var entry in Table)
        {
            if (entry.Name != wanted) continue;
            format = entry.Format;
            return true;
        }
        format = default;
        return false;
    }

    /// <summary>The file name of a format's output for a run, e.g. <c>custojo-report-RUNID.sarif</c>.</summary>
    public static string FileName(ReportFormat format, string runId)
    {
        ArgumentNullException.ThrowIfNull(runId);
        var safe = new string([.. runId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
        return $"custojo-report-{safe}{Entry(format).Extension}";
    }

    /// <summary>
    /// Writes one machine-readable format of <paramref name="input"/> to <paramref name="output"/>
    /// (e.g. for <c>custojo check --format sarif</c> to stdout). Same input, same bytes.
    /// The PDF is rendered and signed by <c>ReportRenderer</c>; only the PDF draws the trend of earlier runs, so
    /// <see cref="ReportInput.History"/> may be left empty here.
    /// </summary>
    /// <exception cref="ReportInputException">The run cannot be rendered (e.g. unknown time zone).</exception>
    public static void Write(ReportFormat format, ReportInput input, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Write(format, ReportModel.Build(input), output);
    }

    internal static void Write(ReportFormat format, ReportModel model, Stream output)
    {
        switch (format)
        {
            case ReportFormat.Json: RunJsonWriter.Write(model, output); break;
            case ReportFormat.JUnit: JUnitWriter.Write(model, output); break;
            case ReportFormat.Sarif: SarifWriter.Write(model, output); break;
            case ReportFormat.Markdown: MarkdownWriter.Write(model, output); break;
            case ReportFormat.Csv: CsvWriter.Write(model, output); break;
            case ReportFormat.Oscal: OscalWriter.Write(model, output); break;
            case ReportFormat.Pdf:
                throw new ArgumentException("The PDF is rendered and signed by ReportRenderer, not written to a stream here.", nameof(format));
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
        }
    }

    private static (ReportFormat Format, string Name, string Extension) Entry(ReportFormat format) =>
        Array.Find(Table, t => t.Format == format) is { Name: not null } entry
            ? entry
            : throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format.");
}
