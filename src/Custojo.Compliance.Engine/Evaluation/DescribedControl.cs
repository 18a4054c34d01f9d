using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>A control as its policy declares it, with the file and guide section it belongs to.</summary>
public sealed record DescribedControl(ControlDefinition Control, PolicyFile File, string Section);
