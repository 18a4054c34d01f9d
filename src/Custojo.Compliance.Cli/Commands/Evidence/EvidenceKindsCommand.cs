using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Sdk.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary><c>custojo evidence kinds</c>: the catalogue of evidence kinds. Needs no workspace.</summary>
internal sealed class EvidenceKindsCommand : Command<TableOrJsonSettings>
{
    public override int Execute(CommandContext context, TableOrJsonSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Json)
        {
            JsonOutput.Write(writer =>
            {
                writer.WriteStartArray();
                foreach (var kind in EvidenceKinds.All)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", kind.Name);
                    writer.WriteString("timeProperty", kind.TimeProperty);
                    writer.WriteString("subjectProperty", kind.SubjectProperty);
                    writer.WriteStartArray("indexedProperties");
                    foreach (var property in kind.IndexedProperties) writer.WriteStringValue(property);
                    writer.WriteEndArray();
                    writer.WriteString("description", kind.Description);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("kind", "time", "subject", "indexed", "description");
        foreach (var kind in EvidenceKinds.All)
            table.AddRow(kind.Name, kind.TimeProperty, kind.SubjectProperty ?? "", string.Join(", ", kind.IndexedProperties), Markup.Escape(kind.Description));
        Output.Data.Write(table);
        Output.Note($"{EvidenceKinds.All.Count} kinds. custojo evidence schema KIND prints a kind's JSON Schema; add --example for a record to start from. " +
            "A policy matching an indexed property (Match<T>) reads only the records it keeps.");
        return ExitCodes.Success;
    }
}
