namespace Custojo.Compliance.Evidence.Importers.OpenScap;

/// <summary>What one XCCDF <c>TestResult</c> holds that a security scan record needs.</summary>
internal sealed class XccdfTestResult(int line)
{
    public int Line { get; } = line;

    public string? StartTime { get; set; }

    public string? EndTime { get; set; }

    public string? Profile { get; set; }

    public string? Target { get; set; }

    public string? ScannerName { get; set; }

    public string? ScannerVersion { get; set; }

    public string? TestSystem { get; set; }

    public double? Score { get; set; }

    public Dictionary<string, int> ResultCounts { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> FailedBySeverity { get; } = new(StringComparer.Ordinal);

    public List<string> FailedRules { get; } = [];

    public int Count(string result) => ResultCounts.GetValueOrDefault(result);
}
