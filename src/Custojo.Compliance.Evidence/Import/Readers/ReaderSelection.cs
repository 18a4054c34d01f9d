namespace Custojo.Compliance.Evidence.Import.Readers;

/// <summary>Chooses the reader of a file: by name when <c>--format</c> names one, else by content (tool readers first).</summary>
internal static class ReaderSelection
{
    public const int HeaderSize = 64 * 1024;

    private static readonly IEvidenceFileReader[] BuiltIn = [new NdjsonReader(), new JsonDocumentReader()];

    public static IEvidenceFileReader Select(string format, ReadOnlySpan<byte> header, string path, IReadOnlyList<IEvidenceFileReader> toolReaders)
    {
        IEvidenceFileReader[] all = [.. toolReaders, .. BuiltIn];
        if (!string.Equals(format, "auto", StringComparison.OrdinalIgnoreCase))
            return all.FirstOrDefault(r => string.Equals(r.Name, format, StringComparison.OrdinalIgnoreCase))
                ?? throw EvidenceInputException.UnknownFormat(format, all.Select(r => r.Name));
        if (HeaderText.SkipBomAndWhitespace(header).IsEmpty) return BuiltIn[0];
        foreach (var reader in all)
            if (reader.Recognises(header)) return reader;
        throw EvidenceInputException.UnrecognisedContent(path, all.Select(r => r.Name));
    }

    /// <summary>The names <c>--format</c> accepts besides <c>auto</c>.</summary>
    public static IEnumerable<string> Names(IReadOnlyList<IEvidenceFileReader> toolReaders) =>
        toolReaders.Select(r => r.Name).Concat(BuiltIn.Select(r => r.Name));
}
