using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>Turns Roslyn diagnostics into lint diagnostics, and orders them deterministically.</summary>
internal static class LintDiagnostics
{
    /// <summary>Roslyn's id for an analyzer that threw: the file was not fully checked, so it must not run.</summary>
    private const string AnalyzerFailure = "AD0001";

    /// <summary>The lint form of <paramref name="diagnostic"/>, or null for hidden and suppressed ones.</summary>
    public static LintDiagnostic? From(Diagnostic diagnostic, string fallbackFile)
    {
        if (diagnostic.IsSuppressed || diagnostic.Severity == DiagnosticSeverity.Hidden) return null;
        var severity = diagnostic.Id == AnalyzerFailure ? LintSeverity.Error : diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => LintSeverity.Error,
            DiagnosticSeverity.Warning => LintSeverity.Warning,
            _ => LintSeverity.Info,
        };

        var file = fallbackFile;
        int line = 1, column = 1, endLine = 1, endColumn = 1;
        if (diagnostic.Location.Kind is LocationKind.SourceFile or LocationKind.ExternalFile)
        {
            var span = diagnostic.Location.GetLineSpan();
            file = span.Path.Replace('\\', '/');
            (line, column) = (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
            (endLine, endColumn) = (span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1);
        }

        return new LintDiagnostic(diagnostic.Id, severity, diagnostic.GetMessage(CultureInfo.InvariantCulture), file, line, column, endLine, endColumn)
        {
            Title = diagnostic.Descriptor.Title.ToString(CultureInfo.InvariantCulture),
            Category = diagnostic.Descriptor.Category,
        };
    }

    /// <summary>Each diagnostic once (a #load-ed file is analysed with every policy that loads it), in file, position, id order.</summary>
    public static IReadOnlyList<LintDiagnostic> Normalise(IEnumerable<LintDiagnostic> diagnostics) =>
    [
        .. diagnostics
            .DistinctBy(d => (d.Id, d.File, d.Line, d.Column, d.EndLine, d.EndColumn))
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];
}
