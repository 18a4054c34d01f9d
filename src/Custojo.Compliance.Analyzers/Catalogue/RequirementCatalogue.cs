using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Custojo.Compliance.Analyzers.Catalogue;

/// <summary>
/// The guide's requirement catalogue (<c>guide/requirements.json</c>): a JSON array of objects, each with a
/// string <c>id</c> (other properties such as <c>section</c> and <c>text</c> are not needed here). Reading
/// never throws: what is wrong with the file is collected in <see cref="Problems"/>.
/// </summary>
public sealed class RequirementCatalogue
{
    /// <summary>How the catalogue's path ends, inside a pack.</summary>
    public const string PathSuffix = "guide/requirements.json";

    private readonly HashSet<string> _ids;

    private RequirementCatalogue(string path, IReadOnlyList<CatalogueRequirement> requirements, IReadOnlyList<CatalogueProblem> problems)
    {
        Path = path;
        Requirements = requirements;
        Problems = problems;
        _ids = new HashSet<string>(requirements.Select(r => r.Id), StringComparer.Ordinal);
    }

    public string Path { get; }

    /// <summary>The requirements in file order.</summary>
    public IReadOnlyList<CatalogueRequirement> Requirements { get; }

    public IReadOnlyList<CatalogueProblem> Problems { get; }

    public bool Contains(string id) => _ids.Contains(id);

    /// <summary>Whether <paramref name="path"/> names a requirement catalogue.</summary>
    public static bool IsCataloguePath(string path) =>
        path.Replace('\\', '/').EndsWith(PathSuffix, StringComparison.Ordinal);

    /// <summary>The catalogue among an analysis's additional files, or null when none is given.</summary>
    public static RequirementCatalogue? From(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellation)
    {
        var file = additionalFiles.FirstOrDefault(f => IsCataloguePath(f.Path));
        if (file?.GetText(cancellation) is not { } text) return null;
        return Parse(file.Path, text);
    }

    /// <summary>Reads a catalogue from its text; <paramref name="path"/> is used for locations.</summary>
    public static RequirementCatalogue Parse(string path, SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new CatalogueReader(path, text);
        reader.Read();
        return new RequirementCatalogue(path, reader.Requirements, reader.Problems);
    }

    /// <summary>The catalogue id closest to <paramref name="id"/> (a likely typo), if one is close.</summary>
    public string? Closest(string id)
    {
        string? best = null;
        var bestDistance = Math.Max(2, id.Length / 4) + 1;
        foreach (var candidate in Requirements.Select(r => r.Id).Order(StringComparer.Ordinal))
        {
            var distance = EditDistance(id, candidate);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private sealed class CatalogueReader(string path, SourceText text)
    {
        private readonly byte[] _utf8 = Encoding.UTF8.GetBytes(text.ToString());

        public List<CatalogueRequirement> Requirements { get; } = [];

        public List<CatalogueProblem> Problems { get; } = [];

        public void Read()
        {
            try
            {
                var reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
                {
                    Problem("the top level is not a JSON array", 0, 1);
                    return;
                }

                var firstById = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var index = 1; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
                {
                    var start = (int)reader.TokenStartIndex;
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        Problem($"entry {index} is not an object", start, 1);
                        reader.Skip();
                        continue;
                    }

                    var (id, idStart, idLength) = ReadEntry(ref reader, index);
                    if (id is null) continue;
                    if (id.Length == 0) Problem($"entry {index} has an empty \"id\"", idStart, idLength);
                    else if (firstById.TryGetValue(id, out var first)) Problem($"id \"{id}\" of entry {index} is also the id of entry {first}", idStart, idLength);
                    else
                    {
                        firstById.Add(id, index);
                        Requirements.Add(new CatalogueRequirement(id, LocationOf(idStart, idLength)));
                    }
                }
            }
            catch (JsonException exception)
            {
                var line = (int)(exception.LineNumber ?? 0);
                var lineStart = line < text.Lines.Count ? text.Lines[line].Start : text.Length;
                Problems.Add(new CatalogueProblem($"it is not valid JSON at line {line + 1} ({exception.Message.Split(" Path:")[0].Split(" LineNumber:")[0].TrimEnd('.')})",
                    Location.Create(path, new TextSpan(lineStart, 0), text.Lines.GetLinePositionSpan(new TextSpan(lineStart, 0)))));
            }
        }

        private (string? Id, int Start, int Length) ReadEntry(ref Utf8JsonReader reader, int index)
        {
            var entryStart = (int)reader.TokenStartIndex;
            (string? Id, int Start, int Length) found = (null, entryStart, 1);
            var sawId = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "id")
                {
                    sawId = true;
                    var start = (int)reader.TokenStartIndex;
                    if (reader.TokenType == JsonTokenType.String)
                        found = (reader.GetString(), start, (int)reader.ValueSpan.Length + 2);
                    else
                        Problem($"the \"id\" of entry {index} is not a string", start, 1);
                }

                reader.Skip();
            }

            if (!sawId) Problem($"entry {index} has no \"id\"", entryStart, 1);
            return found;
        }

        private void Problem(string message, int byteStart, int byteLength) =>
            Problems.Add(new CatalogueProblem(message, LocationOf(byteStart, byteLength)));

        private Location LocationOf(int byteStart, int byteLength)
        {
            var start = Encoding.UTF8.GetCharCount(_utf8, 0, byteStart);
            var length = Encoding.UTF8.GetCharCount(_utf8, byteStart, Math.Min(byteLength, _utf8.Length - byteStart));
            var span = new TextSpan(start, length);
            return Location.Create(path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
