using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Lynis;

/// <summary>The <c>key=value</c> lines of <c>lynis-report.dat</c>: single values by key, and the <c>key[]=</c> lists in file order.</summary>
internal sealed class LynisReport
{
    private readonly Dictionary<string, (string Value, int Line)> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Value, int Line)>> _lists = new(StringComparer.Ordinal);

    public static LynisReport Read(IEnumerable<NumberedLine> lines, string importer)
    {
        var report = new LynisReport();
        var first = true;
        foreach (var line in lines)
        {
            if (first && !line.Text.StartsWith("# Lynis Report", StringComparison.Ordinal))
                throw ToolFormatException.At(importer, line.Location, "the header '# Lynis Report' of lynis-report.dat", line.Text);
            first = false;
            if (line.Text.Length == 0 || line.Text.StartsWith('#')) continue;
            var equals = line.Text.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw ToolFormatException.At(importer, line.Location, "a report line 'key=value' or 'key[]=value'", line.Text);
            var key = line.Text[..equals];
            var value = line.Text[(equals + 1)..];
            if (key.EndsWith("[]", StringComparison.Ordinal))
            {
                var name = key[..^2];
                if (!report._lists.TryGetValue(name, out var list)) report._lists[name] = list = [];
                list.Add((value, line.Number));
            }
            else
            {
                report._values[key] = (value, line.Number);
            }
        }
        if (first) throw ToolFormatException.At(importer, "line 1", "the header '# Lynis Report' of lynis-report.dat", "an empty file");
        return report;
    }

    public string? Value(string key) => _values.TryGetValue(key, out var v) ? v.Value : null;

    public int LineOf(string key) => _values.TryGetValue(key, out var v) ? v.Line : 1;

    public IReadOnlyList<(string Value, int Line)> List(string key) => _lists.TryGetValue(key, out var list) ? list : [];
}
