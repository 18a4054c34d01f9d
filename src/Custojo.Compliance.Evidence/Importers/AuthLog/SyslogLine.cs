namespace Custojo.Compliance.Evidence.Importers.AuthLog;

/// <summary>One parsed syslog line: when, on which host, which program (and process id) said what.</summary>
internal readonly record struct SyslogLine(DateTimeOffset At, string Host, string Program, string? ProcessId, string Message);
