using System.Globalization;
using System.Text.RegularExpressions;

namespace Custojo.Compliance.Evidence.Importers.AuthLog;

/// <summary>
/// Recognises sshd's authentication results in a message: <c>Accepted METHOD for USER from IP</c>,
/// <c>Failed METHOD for [invalid user ]USER from IP</c>, rsyslog's <c>message repeated N times: [ ... ]</c>,
/// and <c>Partial METHOD for USER</c> (a first factor that multi-factor <c>AuthenticationMethods</c> accepted).
/// </summary>
internal static partial class SshdAttemptParser
{
    public static bool IsSshd(string program) => program is "sshd" or "sshd-session";

    /// <summary>The attempt the message reports and how many times it was repeated, or null when it reports none.</summary>
    public static (SshdAttempt Attempt, int Times)? Parse(string message)
    {
        var times = 1;
        var repeated = Repeated.Match(message);
        if (repeated.Success)
        {
            times = int.Parse(repeated.Groups["n"].Value, CultureInfo.InvariantCulture);
            message = repeated.Groups["inner"].Value;
        }
        var match = Attempt.Match(message);
        if (!match.Success) return null;
        return (new SshdAttempt(
            match.Groups["result"].Value,
            match.Groups["method"].Value,
            match.Groups["user"].Value,
            !match.Groups["invalid"].Success,
            match.Groups["ip"].Value), times);
    }

    [GeneratedRegex(@"^message repeated (?<n>\d+) times: \[ ?(?<inner>.*)\]$", RegexOptions.CultureInvariant)]
    private static partial Regex Repeated { get; }

    [GeneratedRegex(@"^(?<result>Accepted|Failed|Partial) (?<method>\S+) for (?<invalid>invalid user )?(?<user>.*?) from (?<ip>\S+) port \d+", RegexOptions.CultureInvariant)]
    private static partial Regex Attempt { get; }
}
