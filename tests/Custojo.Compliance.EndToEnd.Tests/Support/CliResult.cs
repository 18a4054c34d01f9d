namespace Custojo.Compliance.EndToEnd.Tests.Support;

/// <summary>What a custojo process did: exit code, stdout (data) and stderr (messages).</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
