using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary><c>custojo evidence verify</c>: recomputes the hash chain; exit 1 names the first tampered row.</summary>
internal sealed class EvidenceVerifyCommand : Command<TableOrJsonSettings>
{
    public override int Execute(CommandContext context, TableOrJsonSettings settings, CancellationToken cancellationToken)
    {
        var store = WorkspaceStore.Open(settings.OpenWorkspace());
        var result = store.Verify(cancellationToken);

        if (settings.Json)
        {
            JsonOutput.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("intact", result.Intact);
                writer.WriteNumber("recordsVerified", result.RecordsVerified);
                if (result.Intact)
                {
                    writer.WriteString("head", result.Head.Hash);
                    writer.WriteNumber("records", result.Head.Records);
                    writer.WriteNumber("batches", result.Head.Batches);
                }
                else
                {
                    var problem = result.Problem!;
                    writer.WriteStartObject("problem");
                    writer.WriteString("kind", problem.Kind.ToString().ToLowerInvariant());
                    writer.WriteString("table", problem.Table);
                    writer.WriteNumber("seq", problem.Seq);
                    writer.WriteString("recordId", problem.RecordId);
                    writer.WriteString("message", problem.Message);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            });
        }
        else if (result.Intact)
        {
            var table = new Table().AddColumns("head", "records", "batches");
            table.AddRow(result.Head.Hash, result.Head.Records.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), result.Head.Batches.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Output.Data.Write(table);
        }

        if (result.Intact)
        {
            Output.Success($"Evidence intact: {result.Head.Records} record(s) in {result.Head.Batches} import batch(es), chain head {result.Head.Hash}.");
            return ExitCodes.Success;
        }
        Output.Error($"Evidence store tampered: {result.Problem!.Message} ({result.RecordsVerified} record(s) verified before it.)");
        return ExitCodes.Findings;
    }
}
