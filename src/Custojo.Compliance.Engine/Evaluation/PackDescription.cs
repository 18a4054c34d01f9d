namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>Every control a pack declares, and the files that could not be read (with why).</summary>
public sealed record PackDescription(IReadOnlyList<DescribedControl> Controls, IReadOnlyList<string> Problems);
