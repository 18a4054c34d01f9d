using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Controls;

/// <summary>
/// Declares a control fluently inside a policy script:
/// <code>
/// Control("BKP-DB-01").Title("Full database backup every day").Severity(Severity.High)
///     .Implements("BKP-STR-DB-01").Remediation("Schedule a daily full backup.")
///     .Parameter("maxGap", TimeSpan.FromHours(24), "Longest allowed time between full backups")
///     .Check(ctx => ...);
/// </code>
/// </summary>
public sealed class ControlBuilder
{
    private readonly string _id;
    private string _title = "";
    private string _description = "";
    private Severity _severity = Controls.Severity.Medium;
    private readonly List<string> _requirements = [];
    private readonly List<FrameworkMapping> _frameworks = [];
    private string _remediation = "";
    private readonly List<string> _tags = [];
    private readonly List<ParameterDefinition> _parameters = [];
    private Func<CheckContext, ControlResult>? _check;

    internal ControlBuilder(string id) => _id = id;

    public ControlBuilder Title(string title) { _title = title; return this; }

    public ControlBuilder Description(string description) { _description = description; return this; }

    public ControlBuilder Severity(Severity severity) { _severity = severity; return this; }

    /// <summary>The ids of the guide requirements (see policies/guide/requirements.json) this control implements.</summary>
    public ControlBuilder Implements(params string[] requirementIds) { _requirements.AddRange(requirementIds); return this; }

    /// <summary>Maps the control to a clause of a framework, e.g. <c>Maps(Frameworks.Soc2, "CC7.2")</c>.</summary>
    public ControlBuilder Maps(string framework, string reference) { _frameworks.Add(new(framework, reference)); return this; }

    public ControlBuilder Remediation(string remediation) { _remediation = remediation; return this; }

    public ControlBuilder Tags(params string[] tags) { _tags.AddRange(tags); return this; }

    /// <summary>Declares a parameter with its typed default. Read it in the check with <c>ctx.Param&lt;T&gt;(name)</c>.</summary>
    public ControlBuilder Parameter<T>(string name, T defaultValue, string description) where T : notnull
    {
        _parameters.Add(new ParameterDefinition(name, typeof(T), defaultValue, description));
        return this;
    }

    /// <summary>The check: receives the evaluation context, returns the result.</summary>
    public ControlBuilder Check(Func<CheckContext, ControlResult> check) { _check = check; return this; }

    internal ControlDefinition Build() => new()
    {
        Id = _id,
        Title = _title,
        Description = _description,
        Severity = _severity,
        Requirements = [.. _requirements],
        Frameworks = [.. _frameworks],
        Remediation = _remediation,
        Tags = [.. _tags],
        Parameters = [.. _parameters],
        Check = _check,
    };
}
