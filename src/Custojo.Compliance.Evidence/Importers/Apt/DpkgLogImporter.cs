using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>
/// <c>/var/log/dpkg.log</c> (and its <c>.gz</c> rotations): one patch per <c>install</c> or <c>upgrade</c>
/// action. It succeeded when dpkg later logs <c>status installed</c> for that package and version. A
/// package left in another status (<c>half-configured</c>, <c>unpacked</c>, ...) when a later dpkg run
/// starts failed, and is recorded with that status's time; one left so by the log's last run may still be
/// in progress, so it is not recorded and the summary says so. Times are local, without zone.
/// </summary>
internal sealed partial class DpkgLogImporter : IToolImporter
{
    public const string ImporterName = "dpkg-log";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "/var/log/dpkg.log (also .gz): patches, with packages left unconfigured as failed";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var lines = HeaderText.CompleteLines(header, 1);
        return lines.Count == 1 && Line.IsMatch(lines[0]);
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var pending = new Dictionary<string, DpkgPending>(StringComparer.Ordinal);
        var order = new List<DpkgPending>();
        var done = new HashSet<DpkgPending>();
        var records = new List<(DpkgPending Pending, ImportedRecord Record)>();
        string? host = null;
        string? environment = null;
        var lastStartupLine = 0;
        foreach (var line in TextLines.Read(input))
        {
            if (line.Text.Trim().Length == 0) continue;
            var match = Line.Match(line.Text);
            if (!match.Success) throw ToolFormatException.At(Name, line.Location, "a dpkg.log line 'yyyy-MM-dd HH:mm:ss ACTION ...' (startup, install, upgrade, configure, status, ...)", line.Text);
            var at = context.InZone(ContextRules.ParseLocal(match.Groups["time"].Value, "yyyy-MM-dd HH:mm:ss", Name, line.Location, "a date 'yyyy-MM-dd HH:mm:ss'"), Name, line.Location);
            var words = match.Groups["rest"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (match.Groups["action"].Value)
            {
                case "install" or "upgrade":
                    if (words.Length != 3) throw ToolFormatException.At(Name, line.Location, $"'{match.Groups["action"].Value} package:arch old-version new-version'", line.Text);
                    host ??= context.HostOf(null, Name, line.Location, "dpkg");
                    environment ??= context.EnvironmentOrProduction(Name);
                    var change = new PackageChange(PackageChange.NameOf(words[0]), words[1] == "<none>" ? null : words[1], words[2]);
                    var entry = new DpkgPending(change, line.Number) { LastStatusAt = at, LastStatusLine = line.Number };
                    pending[$"{words[0]} {words[2]}"] = entry;
                    order.Add(entry);
                    break;
                case "status":
                    if (words.Length != 3) throw ToolFormatException.At(Name, line.Location, "'status STATE package:arch version'", line.Text);
                    if (pending.Remove($"{words[1]} {words[2]}", out var waiting))
                    {
                        if (words[0] == "installed")
                        {
                            done.Add(waiting);
                            records.Add((waiting, PatchRecords.Create(waiting.Change, at, true, host!, environment!, "dpkg", $"line {waiting.Line}", context, Name)));
                        }
                        else
                        {
                            waiting.LastStatus = words[0];
                            waiting.LastStatusAt = at;
                            waiting.LastStatusLine = line.Number;
                            pending[$"{words[1]} {words[2]}"] = waiting;
                        }
                    }
                    break;
                case "startup":
                    lastStartupLine = line.Number;
                    break;
                default:
                    break;
            }
        }
        foreach (var unfinished in order.Where(p => !done.Contains(p)))
        {
            if (unfinished.LastStatusLine < lastStartupLine)
            {
                context.Assume($"{Name}: {unfinished.Change.Package} {unfinished.Change.Version} (line {unfinished.Line}) was left {unfinished.LastStatus} when a later dpkg run started; recorded as failed");
                records.Add((unfinished, PatchRecords.Create(unfinished.Change, unfinished.LastStatusAt, false, host!, environment!, "dpkg", $"line {unfinished.Line}", context, Name)));
            }
            else
            {
                context.Assume($"{Name}: {unfinished.Change.Package} {unfinished.Change.Version} (line {unfinished.Line}) is {unfinished.LastStatus} at the end of the log (dpkg may still be running): not recorded; import the log again later");
            }
        }
        return records.OrderBy(r => r.Pending.Line).Select(r => r.Record);
    }

    [GeneratedRegex(@"^(?<time>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?<action>startup|install|upgrade|remove|purge|configure|trigproc|status|conffile) ?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Line { get; }
}
