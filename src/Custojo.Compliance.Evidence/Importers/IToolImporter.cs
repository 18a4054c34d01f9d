namespace Custojo.Compliance.Evidence.Importers;

/// <summary>
/// Reads one real tool's output (restic, borg, apt logs, ...) and turns it into evidence records of the
/// kinds the store knows. Importers recognise their input by content, never by file name.
/// </summary>
internal interface IToolImporter
{
    /// <summary>The importer's name on the command line (<c>--format restic</c>).</summary>
    string Name { get; }

    /// <summary>The importer's version, kept as provenance of every batch it produced.</summary>
    string Version { get; }

    /// <summary>One line for <c>--help</c>: the tool output this importer reads and what it becomes.</summary>
    string Description { get; }

    /// <summary>
    /// True when the first bytes of an input (already decompressed, at most <see cref="ImporterRegistry.HeaderSize"/>)
    /// look like this importer's format.
    /// </summary>
    bool Recognises(ReadOnlySpan<byte> header);

    /// <summary>
    /// Reads the whole input (plain or gzip-compressed) and yields its records in file order.
    /// Throws <see cref="ToolFormatException"/> naming the line and what was expected when the input is not readable.
    /// </summary>
    IEnumerable<ImportedRecord> Read(Stream input, ImportContext context);
}
