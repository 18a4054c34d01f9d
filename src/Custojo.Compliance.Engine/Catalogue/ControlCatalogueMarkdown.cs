using System.Text;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Parameters;

namespace Custojo.Compliance.Engine.Catalogue;

/// <summary>The control catalogue for auditors, as Markdown: controls by section, then the traceability matrix.</summary>
public static class ControlCatalogueMarkdown
{
    public static string Write(PolicyPack pack, PackDescription description)
    {
        var md = new StringBuilder();
        md.Append("# Control catalogue: ").Append(pack.Manifest.Name).Append(' ').Append(pack.Manifest.Version).Append("\n\n");
        if (pack.Manifest.Description.Length > 0) md.Append(pack.Manifest.Description).Append("\n\n");
        var traceability = Traceability.Of(pack, description);
        md.Append(description.Controls.Count).Append(" controls implement ")
            .Append(traceability.Count(t => t.Controls.Count > 0)).Append(" of ").Append(traceability.Count).Append(" requirements of the guide.\n\n");

        foreach (var section in description.Controls.GroupBy(c => c.Section).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            md.Append("## ").Append(section.Key).Append("\n\n");
            foreach (var item in section)
            {
                var control = item.Control;
                md.Append("### ").Append(control.Id).Append(" — ").Append(Escape(control.Title)).Append("\n\n");
                if (control.Description.Length > 0) md.Append(Escape(control.Description)).Append("\n\n");
                md.Append("- Severity: ").Append(control.Severity.ToString().ToLowerInvariant()).Append('\n');
                md.Append("- Requirements: ").Append(string.Join(", ", control.Requirements)).Append('\n');
                if (control.Frameworks.Count > 0)
                    md.Append("- Frameworks: ").Append(string.Join("; ", control.Frameworks.Select(f => $"{f.Framework} {f.Reference}"))).Append('\n');
                if (control.Tags.Count > 0) md.Append("- Tags: ").Append(string.Join(", ", control.Tags)).Append('\n');
                md.Append("- Policy: `").Append(item.File.RelativePath).Append("`\n");
                if (control.Parameters.Count > 0)
                {
                    md.Append("\n| parameter | default | meaning |\n| --- | --- | --- |\n");
                    foreach (var parameter in control.Parameters)
                        md.Append("| `").Append(parameter.Name).Append("` | ").Append(Escape(ParameterValues.Format(parameter.DefaultValue))).Append(" | ").Append(Escape(parameter.Description)).Append(" |\n");
                }
                md.Append("\n**Remediation.** ").Append(Escape(control.Remediation)).Append("\n\n");
            }
        }

        md.Append("## Traceability: requirement → controls\n\n| requirement | section | text | controls |\n| --- | --- | --- | --- |\n");
        foreach (var (requirement, controls) in traceability)
            md.Append("| ").Append(requirement.Id).Append(" | ").Append(Escape(requirement.Section)).Append(" | ").Append(Escape(requirement.Text))
                .Append(" | ").Append(controls.Count == 0 ? "**none**" : string.Join(", ", controls)).Append(" |\n");
        if (description.Problems.Count > 0)
        {
            md.Append("\n## Problems\n\n");
            foreach (var problem in description.Problems) md.Append("- ").Append(Escape(problem)).Append('\n');
        }
        return md.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
