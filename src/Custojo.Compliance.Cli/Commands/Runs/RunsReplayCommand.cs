using System.ComponentModel;
using Custojo.Compliance.Cli.Commands.Evidence;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Runs;

/// <summary><c>custojo runs replay RUN</c>: evaluates a stored run again from what it recorded and says whether the results are byte-identical.</summary>
internal sealed class RunsReplayCommand : Command<RunsReplayCommand.Settings>
{
    public sealed class Settings : TableOrJsonSettings
    {
        [CommandArgument(0, "<RUN>")]
        [Description("latest, previous, #N or a run id (prefix).")]
        public string Run { get; init; } = "";

        [CommandOption("--no-cache")]
        [Description("Compile every policy afresh instead of using the compiled-policy cache.")]
        public bool NoCache { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        var stored = new RunStore(workspace.StorePath).Find(settings.Run);
        var pack = PolicyPack.Load(workspace.RequirePolicies(), settings.NoCache ? null : workspace.CachePath);
        Output.Note($"Replaying run #{stored.Sequence} {stored.Run.RunId}: {stored.Run.Results.Count} controls, {stored.Run.EvidenceCount} evidence records{(stored.Run.AsOf is { } asOf ? $" as of {asOf:O}" : "")}.");
        var replay = ProgressReporter.Run("replay", progress => new RunReplay(Clock.Provider).Replay(workspace, pack, stored, !settings.NoCache, progress));

        if (settings.Json) WriteJson(replay);
        else WriteTable(replay);

        if (replay.Identical)
        {
            Output.Success($"Run #{stored.Sequence} {stored.Run.RunId}: identical — the replayed results of all {replay.Replayed.Count} controls are byte-identical to the stored ones.");
            return ExitCodes.Success;
        }
        Output.Error($"Run #{stored.Sequence} {stored.Run.RunId}: the replay differs in {replay.Differences.Count} control(s): {string.Join(", ", replay.Differences.Select(d => d.ControlId))}");
        return ExitCodes.Findings;
    }

    private static void WriteTable(ReplayResult replay)
    {
        if (replay.Identical)
        {
            Output.Data.WriteLine($"identical: {replay.Replayed.Count} controls");
            return;
        }
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "Control", "Stored", "Replayed", "Stored message", "Replayed message" }) table.AddColumn(column);
        foreach (var difference in replay.Differences)
            table.AddRow(Markup.Escape(difference.ControlId), Name(difference.Stored), Name(difference.Replayed), Markup.Escape(difference.StoredMessage), Markup.Escape(difference.ReplayedMessage));
        Output.Data.Write(table);
    }

    private static void WriteJson(ReplayResult replay) => JsonOutput.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("number", replay.Stored.Sequence);
        json.WriteString("runId", replay.Stored.Run.RunId);
        json.WriteBoolean("identical", replay.Identical);
        json.WriteNumber("controls", replay.Replayed.Count);
        json.WriteStartArray("differences");
        foreach (var difference in replay.Differences)
        {
            json.WriteStartObject();
            json.WriteString("controlId", difference.ControlId);
            json.WriteString("stored", Name(difference.Stored));
            json.WriteString("replayed", Name(difference.Replayed));
            json.WriteString("storedMessage", difference.StoredMessage);
            json.WriteString("replayedMessage", difference.ReplayedMessage);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string Name(Compliance.Sdk.Results.Outcome? outcome) => outcome is { } o ? OutcomeSpelling.Name(o) : "-";
}
