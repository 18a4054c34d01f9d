using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;

namespace Custojo.Compliance.Engine.Catalogue;

/// <summary>Each requirement of the guide, in catalogue order, with the ids of the controls that implement it.</summary>
public static class Traceability
{
    public static IReadOnlyList<(Requirement Requirement, IReadOnlyList<string> Controls)> Of(PolicyPack pack, PackDescription description) =>
        [.. pack.Requirements().Select(r => (r, (IReadOnlyList<string>)[.. description.Controls
            .Where(c => c.Control.Requirements.Contains(r.Id, StringComparer.Ordinal))
            .Select(c => c.Control.Id)]))];
}
