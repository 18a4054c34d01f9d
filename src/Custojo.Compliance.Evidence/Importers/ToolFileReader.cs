using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers;

/// <summary>
/// Plugs a tool importer into the evidence import pipeline: builds its <see cref="ImportContext"/> from the
/// pipeline's context, recognises gzip inputs by their content, passes the importer's assumptions on as
/// notes, gives each record its line or JSON pointer, and turns a <see cref="ToolFormatException"/> into
/// the pipeline's <see cref="EvidenceInputException"/> (nothing is written).
/// </summary>
internal sealed class ToolFileReader(IToolImporter importer, ToolImportOptions options) : IEvidenceFileReader
{
    public string Name => importer.Name;

    public string Version => importer.Version;

    public bool Recognises(ReadOnlySpan<byte> header) =>
        importer.Recognises(Decompression.IsGzip(header) ? Decompression.InflateHeader(header, ImporterRegistry.HeaderSize) : header);

    public IEnumerable<RawRecord> Read(Stream stream, ReadContext context)
    {
        var toolContext = new ImportContext(context.Zone ?? TimeZoneInfo.Utc, context.Zone is null ? "no --timezone and no workspace zone given" : options.ZoneOrigin, context.Clock)
        {
            Year = context.Year,
            Host = context.Host,
            ObservedAt = options.ObservedAt,
            Environment = options.Environment,
        };
        var noted = 0;
        using var records = Records(stream, toolContext).GetEnumerator();
        while (true)
        {
            RawRecord? next = null;
            try
            {
                if (records.MoveNext()) next = records.Current;
            }
            catch (ToolFormatException e)
            {
                throw new EvidenceInputException(e.Message, e);
            }
            for (; noted < toolContext.Assumptions.Count; noted++) context.Note(toolContext.Assumptions[noted]);
            if (next is null) yield break;
            yield return next;
        }
    }

    private IEnumerable<RawRecord> Records(Stream stream, ImportContext context)
    {
        foreach (var record in importer.Read(stream, context))
        {
            var (line, pointer) = RecordLocation.Parse(record.Location);
            yield return new RawRecord(record.Record.ToJsonString(), line, pointer);
        }
    }
}
