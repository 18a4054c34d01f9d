namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The evidence module's schema. Instants are stored as INTEGER 100-ns ticks since 1970-01-01T00:00:00Z
/// (UTC, sortable, exact to <see cref="DateTimeOffset"/>'s precision; in the sqlite3 shell:
/// <c>datetime(observed_at / 10000000, 'unixepoch')</c>). Hashes are 32-byte BLOBs.
/// </summary>
internal static class EvidenceMigrations
{
    public const string Module = "evidence";

    public static IReadOnlyList<string> All { get; } =
    [
        """
        CREATE TABLE batches(
            seq              INTEGER PRIMARY KEY,
            imported_at      INTEGER NOT NULL,
            importer         TEXT    NOT NULL,
            importer_version TEXT    NOT NULL,
            source_label     TEXT,
            files            TEXT    NOT NULL,
            first_record     INTEGER,
            last_record      INTEGER,
            new_count        INTEGER NOT NULL,
            present_count    INTEGER NOT NULL,
            chain_head       BLOB    NOT NULL,
            prev_hash        BLOB    NOT NULL,
            hash             BLOB    NOT NULL);

        CREATE TABLE evidence(
            seq         INTEGER PRIMARY KEY,
            id          BLOB    NOT NULL UNIQUE,
            kind        TEXT    NOT NULL,
            observed_at INTEGER NOT NULL,
            subject     TEXT,
            batch       INTEGER NOT NULL,
            json        TEXT    NOT NULL,
            chain       BLOB    NOT NULL);

        CREATE INDEX evidence_kind_time ON evidence(kind, observed_at, id);
        CREATE INDEX evidence_kind_subject_time ON evidence(kind, subject, observed_at, id);

        CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
            BEGIN SELECT RAISE(ABORT, 'evidence is append-only: records cannot be changed'); END;
        CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
            BEGIN SELECT RAISE(ABORT, 'evidence is append-only: records cannot be deleted'); END;
        CREATE TRIGGER batches_no_update BEFORE UPDATE ON batches
            BEGIN SELECT RAISE(ABORT, 'import batches are append-only: they cannot be changed'); END;
        CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches
            BEGIN SELECT RAISE(ABORT, 'import batches are append-only: they cannot be deleted'); END;
        """,
        // 2: the ids' uniqueness moves from a table constraint to the index evidence_id, which an import
        // into an empty store can drop and build again by sorting (a constraint's index cannot be dropped).
        """
        CREATE TABLE evidence_v2(
            seq         INTEGER PRIMARY KEY,
            id          BLOB    NOT NULL,
            kind        TEXT    NOT NULL,
            observed_at INTEGER NOT NULL,
            subject     TEXT,
            batch       INTEGER NOT NULL,
            json        TEXT    NOT NULL,
            chain       BLOB    NOT NULL);
        INSERT INTO evidence_v2(seq, id, kind, observed_at, subject, batch, json, chain)
            SELECT seq, id, kind, observed_at, subject, batch, json, chain FROM evidence ORDER BY seq;
        DROP TABLE evidence;
        ALTER TABLE evidence_v2 RENAME TO evidence;

        CREATE UNIQUE INDEX evidence_id ON evidence(id);
        CREATE INDEX evidence_kind_time ON evidence(kind, observed_at, id);
        CREATE INDEX evidence_kind_subject_time ON evidence(kind, subject, observed_at, id);

        CREATE TRIGGER evidence_no_update BEFORE UPDATE ON evidence
            BEGIN SELECT RAISE(ABORT, 'evidence is append-only: records cannot be changed'); END;
        CREATE TRIGGER evidence_no_delete BEFORE DELETE ON evidence
            BEGIN SELECT RAISE(ABORT, 'evidence is append-only: records cannot be deleted'); END;
        """,
    ];
}
