using Custojo.Compliance.Evidence.Importers.Apt;
using Custojo.Compliance.Evidence.Importers.AuthLog;
using Custojo.Compliance.Evidence.Importers.Borg;
using Custojo.Compliance.Evidence.Importers.Lynis;
using Custojo.Compliance.Evidence.Importers.OpenScap;
using Custojo.Compliance.Evidence.Importers.PgBackRest;
using Custojo.Compliance.Evidence.Importers.PgStatArchiver;
using Custojo.Compliance.Evidence.Importers.Reading;
using Custojo.Compliance.Evidence.Importers.Restic;
using Custojo.Compliance.Evidence.Importers.Sadf;
using Custojo.Compliance.Evidence.Importers.Shadow;

namespace Custojo.Compliance.Evidence.Importers;

/// <summary>
/// The tool importers, by name, and the auto-detection (<c>--format auto</c>) that recognises an input by
/// its content, never by its file name. gzip-compressed inputs are recognised by what they contain.
/// </summary>
public sealed class ImporterRegistry
{
    /// <summary>How many leading bytes of an input (decompressed) the recognisers look at.</summary>
    public const int HeaderSize = 64 * 1024;

    private readonly IReadOnlyList<IToolImporter> _importers;

    internal ImporterRegistry(IEnumerable<IToolImporter> importers)
    {
        ArgumentNullException.ThrowIfNull(importers);
        _importers = [.. importers.OrderBy(i => i.Name, StringComparer.Ordinal)];
        var duplicate = _importers.GroupBy(i => i.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two importers are named '{duplicate.Key}': importer names must be unique.", nameof(importers));
    }

    /// <summary>Every importer of real tools' outputs this product ships.</summary>
    public static ImporterRegistry Default { get; } = new(
    [
        new AptHistoryImporter(),
        new AuthLogImporter(),
        new BorgImporter(),
        new LoginDefsImporter(),
        new DpkgLogImporter(),
        new LynisImporter(),
        new OpenScapImporter(),
        new PgBackRestImporter(),
        new PgStatArchiverImporter(),
        new ResticImporter(),
        new SadfImporter(),
        new ShadowImporter(),
    ]);

    /// <summary>The importers, ordered by name.</summary>
    internal IReadOnlyList<IToolImporter> All => _importers;

    /// <summary>Name, version and description of every importer, ordered by name.</summary>
    public IReadOnlyList<ToolImporterInfo> Importers => [.. _importers.Select(i => new ToolImporterInfo(i.Name, i.Version, i.Description))];

    /// <summary>
    /// The importers as readers of the evidence import pipeline: put them in
    /// <see cref="Import.ImportOptions.Readers"/> so <c>--format NAME</c> and <c>--format auto</c> find them.
    /// </summary>
    public IReadOnlyList<Import.IEvidenceFileReader> FileReaders(ToolImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. _importers.Select(i => new ToolFileReader(i, options))];
    }

    /// <summary>The importer named <paramref name="name"/> (as in <c>--format NAME</c>), or null.</summary>
    internal IToolImporter? Find(string name) => _importers.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The one importer whose format <paramref name="header"/> (the first up to <see cref="HeaderSize"/>
    /// bytes of an input, raw or gzip) matches; throws <see cref="ToolFormatException"/> when none or
    /// several do, saying which formats were tried.
    /// </summary>
    internal IToolImporter Recognise(ReadOnlySpan<byte> header)
    {
        var content = Decompression.IsGzip(header) ? Decompression.InflateHeader(header, HeaderSize) : header.ToArray();
        var matches = _importers.Where(i => i.Recognises(content)).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw ToolFormatException.At("auto", "start of file", $"the output of one of the supported tools ({string.Join(", ", _importers.Select(i => i.Name))}); pass --format to name it", Preview(content)),
            _ => throw ToolFormatException.At("auto", "start of file", $"a format only one importer recognises, but {string.Join(" and ", matches.Select(m => m.Name))} all do; pass --format to choose", Preview(content)),
        };
    }

    /// <summary>Reads the header of a seekable input, recognises it and rewinds the input.</summary>
    internal IToolImporter Recognise(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!input.CanSeek) throw new ArgumentException("Auto-detection needs a seekable input to read it twice; pass --format for piped input.", nameof(input));
        var start = input.Position;
        var buffer = new byte[HeaderSize];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = input.Read(buffer, read, buffer.Length - read)) > 0) read += n;
        input.Position = start;
        return Recognise(buffer.AsSpan(0, read));
    }

    private static string Preview(ReadOnlySpan<byte> content)
    {
        var lines = HeaderText.CompleteLines(content[..Math.Min(content.Length, 400)], 1);
        return lines.Count == 0 ? "(empty)" : lines[0];
    }
}
