namespace Custojo.Compliance.Engine.Runs;

/// <summary>The schema of stored runs (module "runs" of the workspace database). Append only.</summary>
internal static class RunMigrations
{
    public const string Module = "runs";

    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE runs(
            seq              INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id           TEXT    NOT NULL,
            started_at       TEXT    NOT NULL,
            ended_at         TEXT    NOT NULL,
            window_from      TEXT    NOT NULL,
            window_to        TEXT    NOT NULL,
            time_zone        TEXT    NOT NULL,
            as_of            TEXT,
            pack_fingerprint TEXT    NOT NULL,
            evidence_head    TEXT    NOT NULL,
            evidence_count   INTEGER NOT NULL,
            engine_version   TEXT    NOT NULL,
            run_json         TEXT    NOT NULL);
        CREATE INDEX runs_by_id ON runs(run_id, seq);
        CREATE TABLE run_results(
            seq        INTEGER NOT NULL REFERENCES runs(seq),
            control_id TEXT    NOT NULL,
            outcome    TEXT    NOT NULL,
            severity   TEXT    NOT NULL,
            PRIMARY KEY (seq, control_id));
        CREATE TRIGGER runs_append_only_update BEFORE UPDATE ON runs BEGIN SELECT RAISE(ABORT, 'runs are append-only'); END;
        CREATE TRIGGER runs_append_only_delete BEFORE DELETE ON runs BEGIN SELECT RAISE(ABORT, 'runs are append-only'); END;
        """,
    ];
}
