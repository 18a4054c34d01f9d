using System.Text.Json.Nodes;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Borg;

/// <summary>
/// borg's <c>create --json</c>, <c>list --json</c> and <c>info --json</c>: one file-system backup run per
/// archive. borg writes archive times without an offset, in the zone of the machine that ran the
/// command, so they are read in the context's zone.
/// </summary>
internal sealed class BorgImporter : IToolImporter
{
    public const string ImporterName = "borg";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "borg create/list/info --json (with optional --log-json lines and rc=N): file-system backup runs";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.TrimmedStart(header);
        if (!text.StartsWith('{')) return false;
        return text.Contains("\"barchive\"", StringComparison.Ordinal)
            || text.Contains("\"chunker_params\"", StringComparison.Ordinal)
            || text.Contains("\"security_dir\"", StringComparison.Ordinal)
            || (text.Contains("\"archive\":", StringComparison.Ordinal) && text.Contains("\"compressed_size\"", StringComparison.Ordinal));
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var output = BorgOutput.Read(TextLines.Read(input));
        var root = JsonScope.Of(output.Document, "$", Name, "a borg --json object");
        var repository = root.OptionalObject("repository")?.OptionalString("location");
        if (root.OptionalObject("archive") is { } created)
        {
            yield return BorgArchive.ToRecord(created, repository, context, BorgArchive.CreateOutcome(output));
            yield break;
        }
        if (root.OptionalArray("archives") is null)
        {
            context.Assume("borg: the borg info of a repository lists no archives, so it gives no records; use borg info --json --last N or borg list --json");
            yield break;
        }
        foreach (var archive in root.Objects("archives", "a borg archive object"))
        {
            yield return BorgArchive.ToRecord(archive, repository, context, BorgArchive.StoredOutcome(archive));
        }
    }
}
