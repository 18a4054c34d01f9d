using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.AuthLog;

/// <summary>
/// sshd lines of a syslog auth log (<c>/var/log/auth.log</c>, also its <c>.gz</c> rotations): one login
/// attempt per Accepted/Failed line (rsyslog's "message repeated N times" counts N). Other programs'
/// lines are read for their format but give no records. Multi-factor logins show as a Partial line
/// before the Accepted line of the same sshd process.
/// </summary>
internal sealed class AuthLogImporter : IToolImporter
{
    public const string ImporterName = "auth-log";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "sshd lines of syslog auth logs (RFC 3339 or traditional timestamps): login attempts";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var lines = HeaderText.CompleteLines(header, 50);
        if (lines.Count == 0 || !SyslogLineParser.LooksLikeSyslog(lines[0])) return false;
        return lines.Any(l => l.Contains(" sshd[", StringComparison.Ordinal) || l.Contains(" sshd-session[", StringComparison.Ordinal) || l.Contains("pam_unix(", StringComparison.Ordinal));
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var parser = new SyslogLineParser(context, Name);
        var partial = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in TextLines.Read(input))
        {
            if (line.Text.Length == 0) continue;
            var syslog = parser.Parse(line);
            if (!SshdAttemptParser.IsSshd(syslog.Program) || SshdAttemptParser.Parse(syslog.Message) is not var (attempt, times)) continue;
            var process = $"{syslog.Host}/{syslog.ProcessId}";
            if (attempt.Result == "Partial")
            {
                partial.Add(process);
                continue;
            }
            var mfa = attempt.Result == "Accepted" && partial.Remove(process);
            var record = new RecordBuilder("login-attempt")
                .Add("at", syslog.At)
                .Add("user", attempt.User)
                .Add("sourceIp", attempt.SourceIp)
                .Add("outcome", attempt.Result == "Accepted" ? "success" : "failure")
                .Add("mfaUsed", mfa)
                .Add("method", attempt.Method)
                .Add("validUser", attempt.ValidUser)
                .Add("host", context.HostOf(syslog.Host, Name, line.Location, "sshd"))
                .Add("service", "sshd")
                .Build();
            for (var i = 0; i < times; i++) yield return new ImportedRecord(i == 0 ? record : (System.Text.Json.Nodes.JsonObject)record.DeepClone(), line.Location);
        }
    }
}
