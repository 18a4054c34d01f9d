using System.Text;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Sdk.Querying;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Engine.Testing;

/// <summary>
/// The evidence of one fixture in a store of its own, filled through the same import as real evidence
/// (schema validation, canonical JSON, ids), so a fixture cannot hold a record an import would refuse.
/// </summary>
internal sealed class FixtureEvidence : IEvidenceSource, IEvidenceRowSource, IDisposable
{
    private readonly string _folder;
    private readonly IEvidenceSource _source;

    private FixtureEvidence(string folder, IEvidenceSource source)
    {
        _folder = folder;
        _source = source;
    }

    public static FixtureEvidence Create(FixtureCase fixture, TimeProvider clock)
    {
        var folder = Directory.CreateTempSubdirectory("custojo-fixture-").FullName;
        try
        {
            var file = Path.Combine(folder, "evidence.ndjson");
            File.WriteAllText(file, string.Concat(fixture.Evidence.Select(record => record.ToJsonString() + "\n")), new UTF8Encoding(false));
            var store = new EvidenceStore(Path.Combine(folder, "fixture.db"), clock);
            var import = store.Import([file], new ImportOptions { Format = "ndjson", SourceLabel = fixture.File });
            if (!import.Succeeded)
                throw new InputException($"{fixture.File}: evidence record(s) an import would refuse: {string.Join("; ", import.Errors.Select(e => e.ToString().Replace(file, "#/evidence", StringComparison.Ordinal)))}");
            return new FixtureEvidence(folder, store.Source());
        }
        catch
        {
            Delete(folder);
            throw;
        }
    }

    public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject) =>
        _source.Query(kind, fromInclusive, toExclusive, subject);

    /// <summary>Rows handed over as a check's store hands them, conditions tested by SQLite: fixtures test that path.</summary>
    IEnumerable<TRow> IEvidenceRowSource.Query<TRow>(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject,
        IReadOnlyList<FieldCondition> conditions, EvidenceRowReader<TRow> read) =>
        ((IEvidenceRowSource)_source).Query(kind, fromInclusive, toExclusive, subject, conditions, read);

    public int Count(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive) => _source.Count(kind, fromInclusive, toExclusive);

    public void Dispose() => Delete(_folder);

    private static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp folder's cleaner.
        }
    }
}
