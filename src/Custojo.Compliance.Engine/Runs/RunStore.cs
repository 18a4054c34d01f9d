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
    public IReadOnlyList<StoredRun> List() => Query("SELECT seq, run_json FROM runs ORDER BY seq", null);

    /// <summary>
    /// A run by reference: <c>latest</c>, <c>previous</c> (the one before latest), an execution number
    /// (<c>#3</c> or <c>3</c>), or a run id or unique prefix of one (the newest execution of it).
    /// </summary>
    public StoredRun Find(string reference)
    {
        var runs = List();
        if (runs.Count == 0)
            throw new InputException("No runs in this workspace yet. Run custojo check first.");
        var found = reference switch
        {
            "latest" => runs[^1],
            "previous" => runs.Count >= 2 ? runs[^2] : throw new InputException("'previous' needs at least two runs; this workspace has one."),
            _ when long.TryParse(reference.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) =>
                runs.FirstOrDefault(r => r.Sequence == sequence) ?? throw new InputException($"No run #{sequence}. Run custojo runs list to see them."),
            _ => ByIdPrefix(runs, reference),
        };
        return found;
    }

    private static StoredRun ByIdPrefix(IReadOnlyList<StoredRun> runs, string prefix)
    {
        var matches = runs.Where(r => r.Run.RunId.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        var ids = matches.Select(r => r.Run.RunId).Distinct(StringComparer.Ordinal).ToList();
        return ids.Count switch
        {
            0 => throw new InputException($"No run '{prefix}'. Use latest, previous, #N or a run id from custojo runs list."),
            1 => matches[^1],
            _ => throw new InputException($"'{prefix}' matches several runs ({string.Join(", ", ids.Take(5))}). Give more of the id."),
        };
    }

    private List<StoredRun> Query(string sql, Action<SqliteCommand>? bind)
    {
        if (!File.Exists(databasePath)) return [];
        using var connection = EvidenceDatabase.OpenReadWrite(databasePath);
        SqliteMigrator.Apply(connection, RunMigrations.Module, RunMigrations.All);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind?.Invoke(command);
        using var reader = command.ExecuteReader();
        var runs = new List<StoredRun>();
        while (reader.Read()) runs.Add(new StoredRun(reader.GetInt64(0), RunJson.Deserialize(reader.GetString(1))));
        return runs;
    }

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
