namespace Custojo.Compliance.Evidence.Import;

/// <summary>What a reader knows about the file it reads and where it reports what it could not read or had to assume.</summary>
public sealed class ReadContext
{
    private readonly Action<long?, string, string, string?> _error;
    private readonly Action<string> _note;

    internal ReadContext(string fileName, ImportOptions options, TimeProvider clock, Action<long?, string, string, string?> error, Action<string> note)
    {
        FileName = fileName;
        Zone = options.Zone;
        Year = options.Year;
        Host = options.Host;
        Clock = clock;
        _error = error;
        _note = note;
    }

    /// <summary>The file as the user named it.</summary>
    public string FileName { get; }

    /// <summary>Zone to read local times in, when the operator or workspace gave one.</summary>
    public TimeZoneInfo? Zone { get; }

    /// <summary>Year for year-less timestamps, when the operator gave one.</summary>
    public int? Year { get; }

    /// <summary>Host to record when the file does not name one.</summary>
    public string? Host { get; }

    /// <summary>The import's clock (never the machine's directly).</summary>
    public TimeProvider Clock { get; }

    /// <summary>Reports a record that cannot be read. The import goes on to find every error, then writes nothing.</summary>
    public void Error(long? line, string rule, string message, string? value = null) => _error(line, rule, message, value);

    /// <summary>Tells the operator what was assumed, e.g. "local times read as Europe/Berlin".</summary>
    public void Note(string message) => _note(message);
}
