using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Sadf;

/// <summary>
/// <c>sadf -j</c> of sysstat (collected with <c>-u -r -F MOUNT</c>): one resource sample per host and
/// timestamp — CPU busy percent (100 − idle of all CPUs), memory used percent and the fullest file
/// system's used percent with its mount point. sadf's <c>-d</c> disk section is I/O load, not space, so a
/// file without <c>filesystems</c> is refused with the flags to use. Timestamps are UTC when sadf marks
/// them so, else local to the context's zone.
/// </summary>
internal sealed class SadfImporter : IToolImporter
{
    public const string ImporterName = "sadf";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "sadf -j (sysstat; collect with -u -r -F MOUNT): resource samples (CPU, memory, disk space)";

    public bool Recognises(ReadOnlySpan<byte> header) =>
        HeaderText.TrimmedStart(header).StartsWith("{\"sysstat\":", StringComparison.Ordinal);

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var root = JsonScope.Of(JsonInput.Parse(input, Name, "sadf -j output"), "$", Name, "sadf -j output ({\"sysstat\": ...})");
        var sysstat = root.Object("sysstat");
        var records = new List<ImportedRecord>();
        foreach (var host in sysstat.Objects("hosts", "a sadf host object"))
        {
            var name = context.HostOf(host.OptionalString("nodename"), Name, host.Path, "sar");
            records.AddRange(host.Objects("statistics", "a sadf statistics object").Select(s => Sample(s, name, context)));
        }
        return records;
    }

    private ImportedRecord Sample(JsonScope statistics, string host, ImportContext context)
    {
        var timestamp = statistics.Object("timestamp");
        var local = ContextRules.ParseLocal($"{timestamp.String("date")} {timestamp.String("time")}", "yyyy-MM-dd HH:mm:ss", Name, timestamp.Path, "a sadf timestamp date 'yyyy-MM-dd' and time 'HH:mm:ss'");
        var sampledAt = timestamp.OptionalLong("utc") == 1
            ? new DateTimeOffset(local, TimeSpan.Zero)
            : context.InZone(local, Name, timestamp.Path);
        var (diskPercent, mount) = FullestFileSystem(statistics);
        return new RecordBuilder("resource-sample")
            .Add("host", host)
            .Add("sampledAt", sampledAt)
            .Add("cpuPercent", CpuBusy(statistics))
            .Add("memoryPercent", Memory(statistics).Double("memused-percent"))
            .Add("diskPercent", diskPercent)
            .Add("mount", mount)
            .At(statistics.Path);
    }

    private double CpuBusy(JsonScope statistics)
    {
        var field = statistics.Has("cpu-load") ? "cpu-load" : statistics.Has("cpu-load-all") ? "cpu-load-all" : null;
        if (field is null) throw statistics.Error("cpu-load", "CPU figures (collect with sadf -j -- -u)", "nothing");
        JsonScope? all = statistics.Objects(field, "a sadf CPU object").Cast<JsonScope?>().FirstOrDefault(c => c!.Value.OptionalString("cpu") == "all");
        return all is { } cpu
            ? Math.Round(100 - cpu.Double("idle"), 2)
            : throw statistics.Error(field, "an entry with \"cpu\": \"all\"", "none");
    }

    private JsonScope Memory(JsonScope statistics) =>
        statistics.OptionalObject("memory") ?? throw statistics.Error("memory", "memory figures (collect with sadf -j -- -r)", "nothing");

    private (double Percent, string Mount) FullestFileSystem(JsonScope statistics)
    {
        if (!statistics.Has("filesystems"))
            throw statistics.Error("filesystems", "file-system usage (collect with sadf -j -- -u -r -F MOUNT; the disk section of -d is I/O load, not space)", "nothing");
        var fullest = statistics.Objects("filesystems", "a sadf file-system object")
            .Select(f => (Percent: f.Double("%fsused"), Mount: f.OptionalString("mountpoint") ?? f.String("filesystem")))
            .OrderByDescending(f => f.Percent)
            .ThenBy(f => f.Mount, StringComparer.Ordinal)
            .ToList();
        return fullest.Count > 0 ? fullest[0] : throw statistics.Error("filesystems", "at least one file system", "[]");
    }
}
