namespace Custojo.Compliance.Engine.Linting;

/// <summary>How serious a lint diagnostic is. Only errors stop a policy from running and make lint exit 1.</summary>
public enum LintSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
