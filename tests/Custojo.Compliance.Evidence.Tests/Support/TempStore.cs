using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Import;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Custojo.Compliance.Evidence.Tests.Support;

/// <summary>An evidence store in a fresh temporary folder, with a fake clock and helpers to write input files and tamper with rows.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "custojo-evidence-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        Store = new EvidenceStore(Path.Combine(Folder, "evidence.db"), Clock);
    }

    public string Folder { get; }

    public FakeTimeProvider Clock { get; }

    public EvidenceStore Store { get; }

    public string File(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public ImportResult Import(string name, string content, ImportOptions? options = null) =>
        Store.Import([File(name, content)], options);

    /// <summary>
    /// Runs SQL on the raw file, as someone with the sqlite3 shell would, after dropping the append-only
    /// triggers. <c>sha256(text)</c> returns the digest as a blob, to forge ids.
    /// </summary>
    public void Tamper(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store.DatabasePath};Pooling=False");
        connection.Open();
        connection.CreateFunction("sha256", (string text) => System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        using var command = connection.CreateCommand();
        command.CommandText = """
            DROP TRIGGER IF EXISTS evidence_no_update; DROP TRIGGER IF EXISTS evidence_no_delete;
            DROP TRIGGER IF EXISTS batches_no_update; DROP TRIGGER IF EXISTS batches_no_delete;
            """ + sql;
        command.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row of <paramref name="sql"/>, as text.</summary>
    public IReadOnlyList<string> Texts(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Store.DatabasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read()) texts.Add(reader.GetString(0));
        return texts;
    }

    public long RecordCount => System.IO.File.Exists(Store.DatabasePath) ? Scalar("SELECT count(*) FROM evidence") : 0;

    public long BatchCount => System.IO.File.Exists(Store.DatabasePath) ? Scalar("SELECT count(*) FROM batches") : 0;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
