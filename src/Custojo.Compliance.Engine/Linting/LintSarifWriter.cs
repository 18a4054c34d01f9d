using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>
/// Writes a lint report as SARIF 2.1.0 as GitHub code scanning reads it: one run whose <c>tool.driver</c>
/// lists the rules that fired (id, title, default level, category), and one result per diagnostic with its
/// rule, level, message and a physical location (artifact URI relative to the repository, 1-based region).
/// Deterministic: same report, same bytes.
/// </summary>
public static class LintSarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <param name="report">The report to write.</param>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <param name="artifactBase">Prefix of every artifact URI, the pack's path relative to the repository root
    /// (e.g. <c>policies/</c>), so code scanning can place results in files; empty when the pack is the root.</param>
    public static void Write(LintReport report, Stream output, string artifactBase = "")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(artifactBase);
        var prefix = artifactBase.Replace('\\', '/').Trim('/');
        var rules = report.Diagnostics
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(x => x.Id, x => x.index, StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "custojo");
        json.WriteString("semanticVersion", ToolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in rules) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var d in report.Diagnostics) WriteResult(json, d, ruleIndex[d.Id], prefix);
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static string ToolVersion
    {
        get
        {
            var version = typeof(LintSarifWriter).Assembly.GetName().Version ?? new Version(0, 0, 0);
            return string.Create(CultureInfo.InvariantCulture, $"{version.Major}.{version.Minor}.{Math.Max(0, version.Build)}");
        }
    }

    private static void WriteRule(Utf8JsonWriter json, LintDiagnostic rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title.Length > 0 ? rule.Title : rule.Id);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintDiagnostic d, int ruleIndex, string prefix)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(prefix, d.File));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Line);
        json.WriteNumber("startColumn", d.Column);
        json.WriteNumber("endLine", d.EndLine);
        json.WriteNumber("endColumn", d.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Level(LintSeverity severity) => severity switch
    {
        LintSeverity.Error => "error",
        LintSeverity.Warning => "warning",
        _ => "note",
    };

    private static string ArtifactUri(string prefix, string file)
    {
        var path = prefix.Length == 0 ? file : prefix + "/" + file;
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }
}
