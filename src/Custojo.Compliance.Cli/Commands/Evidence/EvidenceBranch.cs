using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary>The <c>custojo evidence</c> commands: import, verify and browse the evidence store; publish the kinds' schemas.</summary>
internal static class EvidenceBranch
{
    public static void Register(IConfigurator config) => config.AddBranch<GlobalSettings>("evidence", evidence =>
    {
        evidence.SetDescription("Import, verify and browse evidence; list the evidence kinds and print their JSON Schemas.");
        evidence.AddCommand<EvidenceImportCommand>("import")
            .WithDescription("Validate and import evidence files (JSON array or object, NDJSON) in one transaction: any invalid record means nothing is written (exit 2).")
            .WithExample("evidence", "import", "backups.ndjson", "logins.json", "--source", "nightly-collector")
            .WithExample("evidence", "import", "export.json", "--format", "json", "--dry-run");
        evidence.AddCommand<EvidenceVerifyCommand>("verify")
            .WithDescription("Recompute the store's hash chain: print the head hash and record count (exit 0), or name the first edited, deleted, inserted or reordered record (exit 1).")
            .WithExample("evidence", "verify")
            .WithExample("evidence", "verify", "--format", "json");
        evidence.AddCommand<EvidenceListCommand>("list")
            .WithDescription("List stored records in time order, filtered by kind, observed time [from, to) and subject.")
            .WithExample("evidence", "list", "--kind", "backup-run", "--from", "2026-11-01", "--to", "2026-11-08")
            .WithExample("evidence", "list", "--kind", "login-attempt", "--subject", "alice", "--limit", "0", "--format", "json");
        evidence.AddCommand<EvidenceStatsCommand>("stats")
            .WithDescription("Per kind: how many records the store holds and when the first and last were observed.")
            .WithExample("evidence", "stats")
            .WithExample("evidence", "stats", "--format", "json");
        evidence.AddCommand<EvidenceKindsCommand>("kinds")
            .WithDescription("List the evidence kinds with their time and subject properties.")
            .WithExample("evidence", "kinds")
            .WithExample("evidence", "kinds", "--format", "json");
        evidence.AddCommand<EvidenceSchemaCommand>("schema")
            .WithDescription("Print a kind's JSON Schema (all kinds, keyed by kind, without KIND), or with --example one valid record ready to import.")
            .WithExample("evidence", "schema", "backup-run")
            .WithExample("evidence", "schema", "login-attempt", "--example")
            .WithExample("evidence", "schema", "--example");
    });
}
