using System.Text.RegularExpressions;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>
/// The package lists of history.log: <c>Install: pkg:arch (1.0-1, automatic), ...</c> and
/// <c>Upgrade: pkg:arch (1.0-1, 1.0-2), ...</c>.
/// </summary>
internal static partial class AptHistoryEntryParser
{
    public static IReadOnlyList<PackageChange> Parse(string key, string value, NumberedLine line, string importer)
    {
        var changes = new List<PackageChange>();
        var position = 0;
        foreach (Match match in Entry.Matches(value))
        {
            if (match.Index != position) throw Malformed(key, value[position..], line, importer);
            position = match.Index + match.Length;
            var parts = match.Groups["versions"].Value.Split(", ");
            var package = PackageChange.NameOf(match.Groups["package"].Value);
            changes.Add(key is "Upgrade" or "Downgrade"
                ? parts.Length >= 2 ? new PackageChange(package, parts[0], parts[1]) : throw Malformed(key, match.Value, line, importer)
                : new PackageChange(package, null, parts[0]));
        }
        if (position != value.Length || changes.Count == 0) throw Malformed(key, value[position..], line, importer);
        return changes;
    }

    private static ToolFormatException Malformed(string key, string found, NumberedLine line, string importer) =>
        ToolFormatException.At(importer, line.Location, key is "Upgrade" or "Downgrade"
            ? $"{key}: entries 'package:arch (old-version, new-version)' separated by ', '"
            : $"{key}: entries 'package:arch (version[, automatic])' separated by ', '", found);

    [GeneratedRegex(@"(?<package>[^\s(),]+) \((?<versions>[^()]*)\)(, |$)", RegexOptions.CultureInvariant)]
    private static partial Regex Entry { get; }
}
