namespace Custojo.Compliance.Evidence.Import;

/// <summary>
/// Turns one file into evidence records (JSON objects carrying their <c>kind</c>), which then all go through
/// the same validation, canonicalisation and insert. The built-in readers take JSON and NDJSON; the tool
/// importers (restic, borg, auth.log, ...) implement this too.
/// </summary>
public interface IEvidenceFileReader
{
    /// <summary>The reader's name, as given to <c>--format</c> (e.g. <c>ndjson</c>, <c>restic</c>).</summary>
    string Name { get; }

    /// <summary>The reader's version, kept in each batch's provenance.</summary>
    string Version { get; }

    /// <summary>True when the first bytes of a file (up to 64 KiB) are in this reader's format. Never decided by file name.</summary>
    bool Recognises(ReadOnlySpan<byte> header);

    /// <summary>
    /// Streams the records of <paramref name="stream"/>. Report a record that cannot be read with
    /// <see cref="ReadContext.Error"/> and go on, or throw <see cref="EvidenceInputException"/> when the rest of
    /// the file cannot be read.
    /// </summary>
    IEnumerable<RawRecord> Read(Stream stream, ReadContext context);
}
