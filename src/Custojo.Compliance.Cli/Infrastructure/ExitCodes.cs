namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>The exit codes of the CLI contract (ARCHITECTURE.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success; every evaluated control passes.</summary>
    public const int Success = 0;
    /// <summary>The check found failures at or above --fail-on, or a verification failed.</summary>
    public const int Findings = 1;
    /// <summary>Bad usage or bad input; nothing was written.</summary>
    public const int BadInput = 2;
    /// <summary>An internal error: a bug, reported with --debug detail.</summary>
    public const int Internal = 3;
}
