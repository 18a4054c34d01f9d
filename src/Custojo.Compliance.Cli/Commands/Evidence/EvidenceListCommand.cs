using System.ComponentModel;
using System.Globalization;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Evidence.Querying;
using Custojo.Compliance.Sdk.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary><c>custojo evidence list</c>: stored records in time order, filtered.</summary>
internal sealed class EvidenceListCommand : Command<EvidenceListCommand.Settings>
{
    public const int DefaultLimit = 100;

    public sealed class Settings : TableOrJsonSettings
    {
        [CommandOption("--kind <KIND>")]
        [Description("Only records of this kind (see custojo evidence kinds).")]
        public string? Kind { get; init; }

        [CommandOption("--from <TIME>")]
        [Description("Observed at or after: a date (local midnight in the workspace zone) or an instant with offset.")]
        public string? From { get; init; }

        [CommandOption("--to <TIME>")]
        [Description("Observed before: a date or an instant with offset.")]
        public string? To { get; init; }

        [CommandOption("--subject <SUBJECT>")]
        [Description("Only records about this subject (host, user, database... as the kind defines).")]
        public string? Subject { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most N records; 0 for all.")]
        [DefaultValue(DefaultLimit)]
        public int Limit { get; init; } = DefaultLimit;

        public override ValidationResult Validate() =>
            Limit < 0 ? ValidationResult.Error($"--limit {Limit}: use 0 (all) or a positive number.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = settings.OpenWorkspace();
        if (settings.Kind is { } kind && !EvidenceKinds.TryGet(kind, out _))
            throw Compliance.Evidence.EvidenceInputException.UnknownKind(kind);
        var filter = new EvidenceFilter
        {
            Kind = settings.Kind,
            From = settings.From is null ? null : WindowOptions.Instant(settings.From, "--from", workspace.Zone),
            To = settings.To is null ? null : WindowOptions.Instant(settings.To, "--to", workspace.Zone),
            Subject = settings.Subject,
            Limit = settings.Limit == 0 ? null : settings.Limit + 1,
        };
        var store = WorkspaceStore.Open(workspace);
        var shown = 0;
        var more = false;
        IEnumerable<EvidenceRow> Rows()
        {
            foreach (var row in store.List(filter))
            {
                if (settings.Limit > 0 && shown == settings.Limit) { more = true; yield break; }
                shown++;
                yield return row;
            }
        }

        if (settings.Json) WriteJson(Rows());
        else WriteTable(Rows());
        if (more) Output.Note($"Showing the first {settings.Limit} records; use --limit N (0 for all) or narrower filters for more.");
        else Output.Note($"{shown} record(s).");
        return ExitCodes.Success;
    }

    private static void WriteTable(IEnumerable<EvidenceRow> rows)
    {
        var table = new Table().AddColumns("seq", "observed at (UTC)", "kind", "subject", "id", "batch");
        foreach (var row in rows)
            table.AddRow(
                row.Seq.ToString(CultureInfo.InvariantCulture), Instants.Format(row.Record.ObservedAt), row.Record.Kind,
                Markup.Escape(row.Record.Subject ?? ""), row.Record.Id[..12], row.Batch.ToString(CultureInfo.InvariantCulture));
        Output.Data.Write(table);
    }

    private static void WriteJson(IEnumerable<EvidenceRow> rows) => JsonOutput.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", row.Seq);
            writer.WriteNumber("batch", row.Batch);
            writer.WriteString("id", row.Record.Id);
            writer.WriteString("kind", row.Record.Kind);
            JsonOutput.WriteInstant(writer, "observedAt", row.Record.ObservedAt);
            writer.WriteString("subject", row.Record.Subject);
            writer.WritePropertyName("record");
            JsonOutput.WriteRaw(writer, row.Record.Json);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    });
}
