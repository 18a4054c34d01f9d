using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>
/// <c>/var/log/apt/history.log</c> (and its <c>.gz</c> rotations): one patch per installed, upgraded,
/// downgraded or reinstalled package of each apt run. A run with an <c>Error:</c> line failed, and so did
/// one without <c>End-Date</c> that another run follows (apt was interrupted). The last run of the file
/// without <c>End-Date</c> may still be running: it is left out, and the summary says so. Dates are
/// local times without zone.
/// </summary>
internal sealed partial class AptHistoryImporter : IToolImporter
{
    public const string ImporterName = "apt-history";

    private const string DateFormat = "yyyy-MM-dd HH:mm:ss";
    private static readonly string[] ChangeKeys = ["Install", "Upgrade", "Downgrade", "Reinstall"];

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "/var/log/apt/history.log (also .gz): patches, failed runs included";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var lines = HeaderText.CompleteLines(header, 1);
        return lines.Count == 1 && lines[0].StartsWith("Start-Date: ", StringComparison.Ordinal);
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        AptRun? run = null;
        foreach (var line in TextLines.Read(input))
        {
            if (line.Text.Trim().Length == 0)
            {
                if (run is not null) foreach (var record in Records(run, context)) yield return record;
                run = null;
                continue;
            }
            var field = Field.Match(line.Text);
            if (!field.Success) throw ToolFormatException.At(Name, line.Location, "a history.log line 'Key: value' (Start-Date, Commandline, Install, Upgrade, Error, End-Date, ...)", line.Text);
            var key = field.Groups["key"].Value;
            var value = field.Groups["value"].Value.Trim();
            if (run is null)
            {
                if (key != "Start-Date") throw ToolFormatException.At(Name, line.Location, "'Start-Date: yyyy-MM-dd  HH:mm:ss' opening an apt run", line.Text);
                run = new AptRun(line.Number, Time(value, line, context));
                continue;
            }
            run.LastLine = line.Number;
            switch (key)
            {
                case "Start-Date":
                    throw ToolFormatException.At(Name, line.Location, "an empty line closing the previous apt run before the next Start-Date", line.Text);
                case "End-Date":
                    run.EndedAt = Time(value, line, context);
                    break;
                case "Error":
                    run.Errors.Add(value);
                    break;
                default:
                    if (ChangeKeys.Contains(key)) run.Changes.AddRange(AptHistoryEntryParser.Parse(key, value, line, Name));
                    break;
            }
        }
        if (run is { EndedAt: null, Errors.Count: 0 })
        {
            context.Assume($"{Name}: the apt run at lines {run.FirstLine}-{run.LastLine} has no End-Date yet (still running, or interrupted at the end of this log): not recorded; import the log again later");
        }
        else if (run is not null)
        {
            foreach (var record in Records(run, context)) yield return record;
        }
    }

    private IEnumerable<ImportedRecord> Records(AptRun run, ImportContext context)
    {
        if (run.Changes.Count == 0) return [];
        var location = $"lines {run.FirstLine}-{run.LastLine}";
        var host = context.HostOf(null, Name, location, "apt");
        var environment = context.EnvironmentOrProduction(Name);
        var succeeded = run.Errors.Count == 0 && run.EndedAt is not null;
        var appliedAt = run.EndedAt ?? run.StartedAt;
        return run.Changes.Select(c => PatchRecords.Create(c, appliedAt, succeeded, host, environment, "apt", location, context, Name));
    }

    private DateTimeOffset Time(string value, NumberedLine line, ImportContext context) =>
        context.InZone(ContextRules.ParseLocal(Spaces.Replace(value, " "), DateFormat, Name, line.Location, "a date 'yyyy-MM-dd  HH:mm:ss' (two spaces, as apt writes it)"), Name, line.Location);

    [GeneratedRegex(" +", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces { get; }

    [GeneratedRegex(@"^(?<key>[A-Z][A-Za-z-]*): ?(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Field { get; }
}
