using Custojo.Compliance.Analyzers.Catalogue;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Pack;

/// <summary>
/// The rules that need the whole pack at once, over the controls read from every policy file:
/// CJ0103 for an id declared in more than one file (duplicates inside one file are reported by the file's
/// analysis) and CJ0117 for a catalogue requirement no control implements.
/// </summary>
public static class PackRules
{
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<DeclaredControl> controls, RequirementCatalogue? catalogue)
    {
        ArgumentNullException.ThrowIfNull(controls);

        // A #load-ed file is part of every compilation that loads it: count each declaration once.
        var distinct = controls
            .DistinctBy(c => (c.Location.GetLineSpan().Path, c.Location.SourceSpan.Start))
            .OrderBy(c => c.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(c => c.Location.SourceSpan.Start)
            .ToList();

        var diagnostics = new List<Diagnostic>();
        foreach (var group in distinct.Where(c => c.Id is not null).GroupBy(c => c.Id!, StringComparer.Ordinal))
        {
            var first = group.First();
            var firstPath = first.Location.GetLineSpan().Path;
            foreach (var duplicate in group.Skip(1).Where(c => c.Location.GetLineSpan().Path != firstPath))
                diagnostics.Add(Diagnostic.Create(Descriptors.ControlIdDuplicate, duplicate.Location, group.Key, Locations.Describe(first.Location)));
        }

        if (catalogue is not null)
        {
            var implemented = new HashSet<string>(distinct.SelectMany(c => c.Requirements), StringComparer.Ordinal);
            foreach (var requirement in catalogue.Requirements.Where(r => !implemented.Contains(r.Id)))
                diagnostics.Add(Diagnostic.Create(Descriptors.RequirementNotImplemented, requirement.Location, requirement.Id));
        }

        return diagnostics;
    }
}
