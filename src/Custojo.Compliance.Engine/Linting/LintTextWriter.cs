namespace Custojo.Compliance.Engine.Linting;

/// <summary>Writes a lint report compiler-style, one diagnostic a line, then a summary line.</summary>
public static class LintTextWriter
{
    public static void Write(LintReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var diagnostic in report.Diagnostics) output.Write(diagnostic + "\n");
        output.Write($"{Count(report.ErrorCount, "error")}, {Count(report.WarningCount, "warning")} in {Count(report.Files.Count, "policy file")}.\n");
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
