using System.Globalization;
using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.AuthLog;

/// <summary>
/// Parses syslog lines in both formats rsyslog writes: RFC 3339 (<c>2026-11-24T21:00:55.98+00:00 vm sshd[13324]: ...</c>,
/// Debian 12's default) and the traditional one (<c>Nov 24 21:00:55 vm sshd[13324]: ...</c>), which has
/// neither year nor zone: the zone comes from the context, the year from <c>--year</c> or the import
/// clock, and a file running from December into January moves to the next year.
/// </summary>
internal sealed partial class SyslogLineParser(ImportContext context, string importer)
{
    private const string Expected = "a syslog line 'TIMESTAMP HOST PROGRAM[PID]: MESSAGE' (RFC 3339 or 'Mmm dd hh:mm:ss' timestamp)";

    private const int LeapYear = 2000;

    private int? _year;
    private int _lastMonth;

    public static bool LooksLikeSyslog(string line) => Rfc3339.IsMatch(line) || Traditional.IsMatch(line);

    public SyslogLine Parse(NumberedLine line)
    {
        var rfc = Rfc3339.Match(line.Text);
        if (rfc.Success)
        {
            var at = ContextRules.ParseInstant(rfc.Groups["time"].Value, importer, line.Location, "an RFC 3339 timestamp with offset");
            return Line(at, rfc);
        }
        var traditional = Traditional.Match(line.Text);
        if (!traditional.Success) throw ToolFormatException.At(importer, line.Location, Expected, line.Text);
        return Line(TraditionalTime(traditional, line), traditional);
    }

    private static SyslogLine Line(DateTimeOffset at, Match match) => new(
        at,
        match.Groups["host"].Value,
        match.Groups["program"].Value,
        match.Groups["pid"].Success ? match.Groups["pid"].Value : null,
        match.Groups["message"].Value);

    private DateTimeOffset TraditionalTime(Match match, NumberedLine line)
    {
        var stamp = Regex.Replace(match.Groups["time"].Value, " +", " ");
        // Parsed in a leap year (so Feb 29 parses), never in the machine's current year; the real year is set below.
        var monthDay = ContextRules.ParseLocal($"{LeapYear} {stamp}", "yyyy MMM d HH:mm:ss", importer, line.Location, "a timestamp 'Mmm dd hh:mm:ss'");
        _year ??= FirstYear(monthDay);
        if (_lastMonth == 12 && monthDay.Month == 1)
        {
            _year++;
            context.Assume($"{importer}: the log runs from December into January; later lines read in {_year}");
        }
        _lastMonth = monthDay.Month;
        if (monthDay.Month == 2 && monthDay.Day == 29 && !DateTime.IsLeapYear(_year.Value))
            throw ToolFormatException.At(importer, line.Location, $"a date that exists in {_year} (pass the log's year with --year)", stamp);
        var local = new DateTime(_year.Value, monthDay.Month, monthDay.Day, monthDay.Hour, monthDay.Minute, monthDay.Second, DateTimeKind.Unspecified);
        return context.InZone(local, importer, line.Location);
    }

    private int FirstYear(DateTime monthDay)
    {
        if (context.Year is { } year)
        {
            context.Assume($"{importer}: year-less syslog times read in {year} (--year)");
            return year;
        }
        var now = TimeZoneInfo.ConvertTime(context.Clock.GetUtcNow(), context.Zone);
        var guess = now.Year;
        // A line dated after the import clock belongs to last year (a December log imported in January).
        if (new DateTime(guess, monthDay.Month, Math.Min(monthDay.Day, DateTime.DaysInMonth(guess, monthDay.Month)), 0, 0, 0, DateTimeKind.Unspecified) > now.Date.AddDays(1)) guess--;
        context.Assume($"{importer}: year-less syslog times read in {guess}, the year of the import clock in {context.Zone.Id}; pass --year to set it");
        return guess;
    }

    [GeneratedRegex(@"^(?<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)) (?<host>\S+) (?<program>[^\s\[:]+)(\[(?<pid>\d+)\])?: ?(?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339 { get; }

    [GeneratedRegex(@"^(?<time>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]?\d \d\d:\d\d:\d\d) (?<host>\S+) (?<program>[^\s\[:]+)(\[(?<pid>\d+)\])?: ?(?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Traditional { get; }
}
