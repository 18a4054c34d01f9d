using System.Globalization;
using System.Text;

namespace Custojo.Compliance.Benchmarks;

/// <summary>Deterministic NDJSON login attempts: the same index always gives the same line.</summary>
internal static class LoginAttempts
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Users = [.. Enumerable.Range(0, 200).Select(i => "user" + i.ToString("000", CultureInfo.InvariantCulture))];
    private static readonly string[] Methods = ["password", "publickey", "sso", "other"];

    public static string Line(long i)
    {
        var at = Start.AddTicks(i * TimeSpan.TicksPerSecond / 4).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var user = Users[i % Users.Length];
        var failed = i % 17 == 0;
        return string.Create(CultureInfo.InvariantCulture,
            $$"""{"kind":"login-attempt","at":"{{at}}","user":"{{user}}","sourceIp":"10.{{i / 65536 % 256}}.{{i / 256 % 256}}.{{i % 256}}","outcome":"{{(failed ? "failure" : "success")}}","mfaUsed":{{(i % 3 == 0 ? "false" : "true")}},"method":"{{Methods[i % Methods.Length]}}","validUser":{{(i % 101 == 0 ? "false" : "true")}},"host":"app-{{i % 4:00}}","service":"sshd"}""");
    }

    /// <summary>Writes lines until <paramref name="records"/> or <paramref name="bytes"/> is reached; returns the count.</summary>
    public static long Write(string path, long? records, long? bytes)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        long i = 0, written = 0;
        while ((records is null || i < records) && (bytes is null || written < bytes))
        {
            var line = Line(i++);
            writer.Write(line);
            writer.Write('\n');
            written += line.Length + 1;
        }
        return i;
    }
}
