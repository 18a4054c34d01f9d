using System.Globalization;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.OpenScap;

/// <summary>
/// XCCDF 1.2 results of <c>oscap xccdf eval --results</c> (also inside an ARF report): one security scan per
/// <c>TestResult</c> with profile, target, score, pass/fail counts, failed rules by severity and their ids.
/// A rule that ended in <c>error</c> makes the scan's outcome error; a failed rule makes it failed.
/// </summary>
internal sealed class OpenScapImporter : IToolImporter
{
    public const string ImporterName = "oscap";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "XCCDF 1.2 results of oscap xccdf eval: security scans (profile, score, rule outcomes)";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.TrimmedStart(header);
        return text.StartsWith('<') && text.Contains(XccdfResultsReader.Namespace, StringComparison.Ordinal);
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        using var content = Decompression.Open(input);
        var results = XccdfResultsReader.Read(content, Name);
        if (results.Count == 0)
            throw ToolFormatException.At(Name, "end of file", "an XCCDF TestResult element (a results file of oscap xccdf eval --results, not the benchmark alone)", "none");
        return results.Select(r => ToRecord(r, context));
    }

    private ImportedRecord ToRecord(XccdfTestResult result, ImportContext context)
    {
        var location = $"line {result.Line}";
        var time = result.EndTime ?? result.StartTime ?? throw ToolFormatException.At(Name, location, "a TestResult with end-time or start-time", "neither");
        var scannedAt = DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && HasOffset(time)
            ? parsed
            : context.InZone(ContextRules.ParseLocal(time, "yyyy-MM-dd'T'HH:mm:ss", Name, location, "an xs:dateTime end-time"), Name, location);
        var errors = result.Count("error");
        var failed = result.Count("fail");
        return new RecordBuilder("security-scan")
            .Add("scanner", Scanner(result))
            .Add("profile", result.Profile)
            .Add("target", context.HostOf(result.Target, Name, location, "the scan"))
            .Add("scannedAt", scannedAt)
            .Add("score", result.Score)
            .Add("passed", result.Count("pass") + result.Count("fixed"))
            .Add("failed", failed)
            .Add("critical", 0L)
            .Add("high", result.FailedBySeverity.GetValueOrDefault("high"))
            .Add("medium", result.FailedBySeverity.GetValueOrDefault("medium"))
            .Add("low", result.FailedBySeverity.GetValueOrDefault("low"))
            .Add("outcome", errors > 0 ? "error" : failed > 0 ? "failed" : "passed")
            .Add("failedRules", result.FailedRules)
            .At(location);
    }

    private static string Scanner(XccdfTestResult result)
    {
        if (result.ScannerName is { } name) return result.ScannerVersion is { } version ? $"{name} {version}" : name;
        return result.TestSystem ?? "oscap";
    }

    private static bool HasOffset(string time) => time.EndsWith('Z') || (time.Length > 6 && time[^6] is '+' or '-');
}
