using System.Globalization;
using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary><c>custojo evidence stats</c>: per kind, count and first and last observed.</summary>
internal sealed class EvidenceStatsCommand : Command<TableOrJsonSettings>
{
    public override int Execute(CommandContext context, TableOrJsonSettings settings, CancellationToken cancellationToken)
    {
        var store = WorkspaceStore.Open(settings.OpenWorkspace());
        var stats = store.Stats();
        var head = store.Head();

        if (settings.Json)
        {
            JsonOutput.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("records", head.Records);
                writer.WriteNumber("batches", head.Batches);
                writer.WriteString("head", head.Hash);
                writer.WriteStartArray("kinds");
                foreach (var kind in stats)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", kind.Kind);
                    writer.WriteNumber("count", kind.Count);
                    JsonOutput.WriteInstant(writer, "firstObserved", kind.FirstObserved);
                    JsonOutput.WriteInstant(writer, "lastObserved", kind.LastObserved);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("kind", "records", "first observed (UTC)", "last observed (UTC)");
        table.Columns[1].RightAligned();
        foreach (var kind in stats)
            table.AddRow(kind.Kind, kind.Count.ToString("N0", CultureInfo.InvariantCulture), Instants.Format(kind.FirstObserved), Instants.Format(kind.LastObserved));
        Output.Data.Write(table);
        Output.Note($"{head.Records} record(s) of {stats.Count} kind(s) in {head.Batches} import batch(es); chain head {head.Hash} (as recorded; custojo evidence verify recomputes it).");
        return ExitCodes.Success;
    }
}
