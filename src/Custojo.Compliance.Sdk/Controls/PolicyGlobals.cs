namespace Custojo.Compliance.Sdk.Controls;

/// <summary>
/// The globals of a policy script: everything a script can call without a prefix.
/// Running a script only declares controls; checks run later, one by one, under the engine's sandbox.
/// </summary>
public sealed class PolicyGlobals
{
    private readonly List<ControlBuilder> _declared = [];

    /// <summary>Declares a control with a stable id such as <c>BKP-DB-01</c>.</summary>
    public ControlBuilder Control(string id)
    {
        var builder = new ControlBuilder(id);
        _declared.Add(builder);
        return builder;
    }

    internal IReadOnlyList<ControlDefinition> Build() => [.. _declared.Select(b => b.Build())];
}
