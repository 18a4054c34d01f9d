namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>Progress of an evaluation, for a terminal's progress bar.</summary>
public sealed record EvaluationProgress(string Stage, int Done, int Total);
