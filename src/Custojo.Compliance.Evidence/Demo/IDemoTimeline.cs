using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo;

/// <summary>
/// Generates one part of the demo installation's history (e.g. database backups): the routine that
/// passes every control, plus the planted violations it declares. Deterministic by the context's seed.
/// </summary>
public interface IDemoTimeline
{
    /// <summary>The violations this timeline plants on purpose, which the check must find.</summary>
    IReadOnlyList<PlantedViolation> Planted { get; }

    IEnumerable<EvidenceRecord> Generate(DemoContext context);
}
