using System.Globalization;
using System.Text.Json;
using Custojo.Compliance.Cli.Commands.Check;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Runs;

/// <summary><c>custojo runs list</c>: the workspace's run history, oldest first.</summary>
internal sealed class RunsListCommand : Command<TableOrJsonSettings>
{
    public override int Execute(CommandContext context, TableOrJsonSettings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var runs = new RunStore(workspace.StorePath).List();
        if (settings.Json)
        {
            Output.Raw(JsonSerializer.Serialize(runs.Select(r => new
            {
                number = r.Sequence,
                runId = r.Run.RunId,
                from = r.Run.From,
                to = r.Run.To,
                asOf = r.Run.AsOf,
                startedAt = r.Run.StartedAt,
                score = ComplianceScore.Compute(r.Run),
                counts = r.Run.Results.GroupBy(x => OutcomeSpelling.Name(x.Outcome)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            }), new JsonSerializerOptions { WriteIndented = true }) + "\n");
            return ExitCodes.Success;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "#", "Run", "Window (UTC)", "Executed (UTC)", "Score", "Controls" }) table.AddColumn(column);
        foreach (var stored in runs)
        {
            var run = stored.Run;
            var score = ComplianceScore.Compute(run) is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + " %" : "-";
            table.AddRow(
                stored.Sequence.ToString(CultureInfo.InvariantCulture),
                run.RunId,
                $"{run.From:yyyy-MM-dd HH:mm} .. {run.To:yyyy-MM-dd HH:mm}{(run.AsOf is { } asOf ? $" as of {asOf:yyyy-MM-dd HH:mm}" : "")}",
                run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                score,
                Markup.Escape(RunTable.Summary(run)));
        }
        Output.Data.Write(table);
        Output.Note($"{runs.Count} run(s). Show one with: custojo runs show latest");
        return ExitCodes.Success;
    }
}
