using System.Globalization;
using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Shadow;

/// <summary>
/// <c>/etc/login.defs</c>: the password policy of the host's shadow suite — maximum and minimum age
/// (PASS_MAX_DAYS 99999 means no maximum) and PASS_MIN_LEN. Length and character classes are enforced by
/// PAM on modern systems, so without PASS_MIN_LEN the minimum length is recorded as 0 and no class is
/// required; the summary says so.
/// </summary>
internal sealed partial class LoginDefsImporter : IToolImporter
{
    public const string ImporterName = "login-defs";

    /// <summary>shadow's "never expires" value of PASS_MAX_DAYS.</summary>
    private const int NoMaximum = 99999;

    private static readonly string[] KnownKeys = ["PASS_MAX_DAYS", "PASS_MIN_DAYS", "PASS_WARN_AGE", "ENCRYPT_METHOD", "UID_MIN", "LOGIN_RETRIES", "UMASK"];

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "/etc/login.defs: password policy (age limits, minimum length)";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var settings = HeaderText.CompleteLines(header, 1000).Where(l => !l.TrimStart().StartsWith('#')).ToList();
        return settings.Count > 0
            && settings.All(l => Setting.IsMatch(l))
            && settings.Any(l => KnownKeys.Any(k => l.StartsWith(k, StringComparison.Ordinal)));
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var values = new Dictionary<string, (string Value, NumberedLine Line)>(StringComparer.Ordinal);
        var last = 0;
        foreach (var line in TextLines.Read(input))
        {
            last = line.Number;
            var text = line.Text.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var match = Setting.Match(text);
            if (!match.Success) throw ToolFormatException.At(Name, line.Location, "a login.defs setting 'NAME value' or a # comment", line.Text);
            values[match.Groups["key"].Value] = (match.Groups["value"].Value.Trim(), line);
        }
        if (!values.Keys.Any(k => KnownKeys.Contains(k)))
            throw ToolFormatException.At(Name, "end of file", $"login.defs settings such as {string.Join(", ", KnownKeys)}", "none of them");

        var minLength = Number(values, "PASS_MIN_LEN");
        if (minLength is null)
            context.Assume($"{Name}: login.defs sets no PASS_MIN_LEN (PAM enforces length and character classes): minimum length recorded as 0 and no character class as required");
        var maxDays = Number(values, "PASS_MAX_DAYS");
        var location = last == 0 ? "line 1" : $"lines 1-{last}";
        yield return new RecordBuilder("password-policy")
            .Add("observedAt", context.ObservationTime(Name, "/etc/login.defs"))
            .Add("minLength", minLength ?? 0)
            .Add("requireUppercase", false)
            .Add("requireLowercase", false)
            .Add("requireDigit", false)
            .Add("requireSymbol", false)
            .Add("maxAgeDays", maxDays is null or >= NoMaximum or < 0 ? null : maxDays)
            .Add("minAgeDays", Number(values, "PASS_MIN_DAYS"))
            .Add("host", context.HostOf(null, Name, location, "login.defs"))
            .At(location);
    }

    private long? Number(Dictionary<string, (string Value, NumberedLine Line)> values, string key)
    {
        if (!values.TryGetValue(key, out var entry)) return null;
        return long.TryParse(entry.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw ToolFormatException.At(Name, entry.Line.Location, $"{key} followed by a whole number", entry.Line.Text);
    }

    [GeneratedRegex(@"^\s*(?<key>[A-Z][A-Z0-9_]*)\s+(?<value>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Setting { get; }
}
