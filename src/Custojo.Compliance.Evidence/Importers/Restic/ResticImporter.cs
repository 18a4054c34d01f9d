using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Restic;

/// <summary>
/// restic's JSON outputs: <c>restic snapshots --json</c> (one backup run per snapshot) and the NDJSON of
/// <c>restic backup --json</c> (one backup run per summary, with error lines and an <c>rc=N</c> exit hint).
/// </summary>
internal sealed class ResticImporter : IToolImporter
{
    public const string ImporterName = "restic";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "restic snapshots --json and restic backup --json: file-system backup runs";

    public bool Recognises(ReadOnlySpan<byte> header)
    {
        var text = HeaderText.TrimmedStart(header);
        if (text.StartsWith('[')) return text.Contains("\"tree\":", StringComparison.Ordinal) && text.Contains("\"paths\":", StringComparison.Ordinal) && text.Contains("\"hostname\":", StringComparison.Ordinal);
        // restic backup --json may start with a text line on stderr (e.g. a missing source path).
        return HeaderText.CompleteLines(header, 5).Any(l => l.StartsWith("{\"message_type\":", StringComparison.Ordinal));
    }

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        using var decompressed = Decompression.Open(input);
        var content = decompressed;
        var first = PeekFirstNonSpace(ref content);
        var records = first == '['
            ? ResticSnapshotsReader.Read(JsonInput.Parse(content, Name, "a JSON array of restic snapshots"), context)
            : ResticBackupReader.Read(TextLines.Read(content), context);
        foreach (var record in records) yield return record;
    }

    private static int PeekFirstNonSpace(ref Stream content)
    {
        var buffer = new byte[256];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = content.Read(buffer, read, buffer.Length - read)) > 0) read += n;
        content = new ReplayStream(buffer, read, content);
        foreach (var b in buffer.AsSpan(0, read))
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or 0xEF or 0xBB or 0xBF)) return b;
        }
        return -1;
    }
}
