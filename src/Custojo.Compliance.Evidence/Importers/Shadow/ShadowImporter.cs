using System.Globalization;
using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Shadow;

/// <summary>
/// <c>/etc/shadow</c> (read as root, or with hashes replaced by the collection recipe): one account per
/// line with locked and has-password state, last password change and expiry. Password hashes never
/// leave this class. shadow knows nothing of roles or MFA: root is recorded as privileged (it is the
/// superuser), others not, and no account as MFA-enrolled; the summary says so.
/// </summary>
internal sealed partial class ShadowImporter : IToolImporter
{
    public const string ImporterName = "shadow";

    private const string Expected = "an /etc/shadow line 'name:password:lastchange:min:max:warn:inactive:expire:' (days since 1970-01-01)";
    private const string Superuser = "root";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "/etc/shadow: accounts (locked, has password, last change, expiry); hashes are never stored";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var lines = HeaderText.CompleteLines(header, 200);
        return lines.Count > 0 && lines.All(l => Line.IsMatch(l));
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        DateTimeOffset? observedAt = null;
        foreach (var line in TextLines.Read(input))
        {
            if (line.Text.Length == 0) continue;
            var match = Line.Match(line.Text);
            if (!match.Success) throw ToolFormatException.At(Name, line.Location, Expected, Redacted(line.Text));
            observedAt ??= Observed(context);
            var user = match.Groups["user"].Value;
            var password = ShadowPassword.Of(match.Groups["password"].Value);
            var lastChange = Days(match.Groups["lastchg"].Value);
            var expires = Days(match.Groups["expire"].Value);
            yield return new RecordBuilder("account")
                .Add("observedAt", observedAt)
                .Add("user", user)
                .Add("roles", Array.Empty<string>())
                .Add("privileged", user == Superuser)
                .Add("mfaEnrolled", false)
                .Add("disabled", expires is { } e && e <= observedAt.Value)
                .Add("locked", password.Locked)
                .Add("hasPassword", password.HasPassword)
                // 0 is not a date: it forces a password change at next login.
                .Add("passwordChangedAt", lastChange is { } c && c > DateTimeOffset.UnixEpoch ? c : null)
                .Add("expiresAt", expires)
                .Add("system", context.Host)
                .At(line.Location);
        }
    }

    private DateTimeOffset Observed(ImportContext context)
    {
        context.Assume($"{Name}: /etc/shadow shows neither roles nor MFA: root recorded as privileged, other accounts not, no account as MFA-enrolled");
        return context.ObservationTime(Name, "/etc/shadow");
    }

    private static DateTimeOffset? Days(string field) =>
        field.Length == 0 ? null : DateTimeOffset.UnixEpoch.AddDays(long.Parse(field, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>A line shown in an error with its password field blanked: errors must not carry hashes either.</summary>
    private static string Redacted(string line)
    {
        var fields = line.Split(':');
        if (fields.Length > 1) fields[1] = "(hidden)";
        return string.Join(':', fields);
    }

    [GeneratedRegex(@"^(?<user>[A-Za-z0-9_.][A-Za-z0-9_.-]*\$?):(?<password>[^:]*):(?<lastchg>\d*):(?<min>\d*):(?<max>\d*):(?<warn>\d*):(?<inactive>\d*):(?<expire>\d*)(:[^:]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Line { get; }
}
