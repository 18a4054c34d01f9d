using System.Globalization;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>Runs persisted in the workspace database, beside the evidence: append-only, newest last.</summary>
public sealed class RunStore(string databasePath)
{
    public void Save(RunResult run)
    {
        using var connection = EvidenceDatabase.OpenReadWrite(databasePath);
        SqliteMigrator.Apply(connection, RunMigrations.Module, RunMigrations.All);
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO runs(run_id, started_at, ended_at, window_from, window_to, time_zone, as_of, pack_fingerprint, evidence_head, evidence_count, engine_version, run_json)
            VALUES ($id, $started, $ended, $from, $to, $zone, $asOf, $pack, $head, $count, $engine, $json);
            SELECT last_insert_rowid();
            """;
        insert.Parameters.AddWithValue("$id", run.RunId);
        insert.Parameters.AddWithValue("$started", Instant(run.StartedAt));
        insert.Parameters.AddWithValue("$ended", Instant(run.EndedAt));
        insert.Parameters.AddWithValue("$from", Instant(run.From));
        insert.Parameters.AddWithValue("$to", Instant(run.To));
        insert.Parameters.AddWithValue("$zone", run.TimeZone);
        insert.Parameters.AddWithValue("$asOf", run.AsOf is { } asOf ? Instant(asOf) : DBNull.Value);
        insert.Parameters.AddWithValue("$pack", run.PackFingerprint);
        insert.Parameters.AddWithValue("$head", run.EvidenceChainHead);
        insert.Parameters.AddWithValue("$count", run.EvidenceCount);
        insert.Parameters.AddWithValue("$engine", run.EngineVersion);
        insert.Parameters.AddWithValue("$json", RunJson.Serialize(run));
        var sequence = (long)insert.ExecuteScalar()!;

        using var result = connection.CreateCommand();
        result.Transaction = transaction;
        result.CommandText = "INSERT INTO run_results(seq, control_id, outcome, severity) VALUES ($seq, $control, $outcome, $severity)";
        var control = result.Parameters.Add("$control", SqliteType.Text);
        var outcome = result.Parameters.Add("$outcome", SqliteType.Text);
        var severity = result.Parameters.Add("$severity", SqliteType.Text);
        result.Parameters.AddWithValue("$seq", sequence);
        foreach (var item in run.Results)
        {
            control.Value = item.ControlId;
            outcome.Value = OutcomeSpelling.Name(item.Outcome);
            severity.Value = item.Severity;
            result.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Every stored run, oldest first.</summary>
    public IReadOnlyList<StoredRun> List() => Query(Select + " ORDER BY seq", null);

    /// <summary>Whether a run with exactly this id was ever recorded here.</summary>
    public bool Contains(string runId) =>
        Scalar("SELECT count(*) FROM runs WHERE run_id = $id", c => c.Parameters.AddWithValue("$id", runId)) > 0;

    /// <summary>Every stored run's outcome counts, oldest first, read without deserialising the runs.</summary>
    public IReadOnlyList<RunOutcomes> Outcomes()
    {
        var rows = Read("""
            SELECT r.seq, r.run_id, r.window_to, rr.outcome, count(*)
            FROM runs r JOIN run_results rr ON rr.seq = r.seq
            GROUP BY r.seq, rr.outcome ORDER BY r.seq
            """, null, reader => (Seq: reader.GetInt64(0), Id: reader.GetString(1), To: reader.GetString(2), Outcome: reader.GetString(3), Count: reader.GetInt32(4)));
        return [.. rows.GroupBy(r => (r.Seq, r.Id, r.To)).Select(run => new RunOutcomes(
            run.Key.Seq,
            run.Key.Id,
            DateTimeOffset.Parse(run.Key.To, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
            run.ToDictionary(r => OutcomeSpelling.TryParse(r.Outcome, out var outcome) ? outcome : throw new InvalidDataException($"Run #{r.Seq} stores an unknown outcome '{r.Outcome}'."), r => r.Count)))];
    }

    /// <summary>
    /// A run by reference: <c>latest</c>, <c>previous</c> (the one before latest), an execution number
    /// (<c>#3</c> or <c>3</c>), or a run id or unique prefix of one (the newest execution of it).
    /// </summary>
    public StoredRun Find(string reference)
    {
        var count = Scalar("SELECT count(*) FROM runs", null);
        if (count == 0)
            throw new InputException("No runs in this workspace yet. Run custojo check first.");
        return reference switch
        {
            "latest" => Query(Select + " ORDER BY seq DESC LIMIT 1", null)[0],
            "previous" => count >= 2 ? Query(Select + " ORDER BY seq DESC LIMIT 1 OFFSET 1", null)[0] : throw new InputException("'previous' needs at least two runs; this workspace has one."),
            _ when long.TryParse(reference.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) =>
                Query(Select + " WHERE seq = $seq", c => c.Parameters.AddWithValue("$seq", sequence)).FirstOrDefault()
                ?? throw new InputException($"No run #{sequence}. Run custojo runs list to see them."),
            _ => ByIdPrefix(reference),
        };
    }

    private const string Select = "SELECT seq, run_json FROM runs";

    /// <summary>The newest execution of the one run whose id starts with <paramref name="prefix"/> (case-insensitive).</summary>
    private StoredRun ByIdPrefix(string prefix)
    {
        var ids = Strings(
            "SELECT DISTINCT run_id FROM runs WHERE lower(substr(run_id, 1, length($prefix))) = lower($prefix) ORDER BY run_id LIMIT 6",
            c => c.Parameters.AddWithValue("$prefix", prefix));
        return ids.Count switch
        {
            0 => throw new InputException($"No run '{prefix}'. Use latest, previous, #N or a run id from custojo runs list."),
            1 => Query(Select + " WHERE run_id = $id ORDER BY seq DESC LIMIT 1", c => c.Parameters.AddWithValue("$id", ids[0]))[0],
            _ => throw new InputException($"'{prefix}' matches several runs ({string.Join(", ", ids.Take(5))}). Give more of the id."),
        };
    }

    private long Scalar(string sql, Action<SqliteCommand>? bind) => Read(sql, bind, reader => reader.GetInt64(0)).SingleOrDefault();

    private List<string> Strings(string sql, Action<SqliteCommand>? bind) => Read(sql, bind, reader => reader.GetString(0));

    private List<StoredRun> Query(string sql, Action<SqliteCommand>? bind) =>
        Read(sql, bind, reader => new StoredRun(reader.GetInt64(0), RunJson.Deserialize(reader.GetString(1))));

    private List<T> Read<T>(string sql, Action<SqliteCommand>? bind, Func<SqliteDataReader, T> row)
    {
        if (!File.Exists(databasePath)) return [];
        using var connection = EvidenceDatabase.OpenReadWrite(databasePath);
        SqliteMigrator.Apply(connection, RunMigrations.Module, RunMigrations.All);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind?.Invoke(command);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(row(reader));
        return rows;
    }

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
