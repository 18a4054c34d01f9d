using System.Text.Json;
using Custojo.Compliance.Evidence;
using Custojo.Compliance.Engine.Caching;
using Custojo.Compliance.Engine.Serialization;
using NJsonSchema;

namespace Custojo.Compliance.Engine.Packs;

/// <summary>
/// A policy pack on disk: <c>pack.json</c>, policy scripts in <c>&lt;section&gt;/*.csx</c>, shared helpers in
/// <c>lib/*.csx</c> (reachable only through <c>#load</c>), fixtures in <c>&lt;section&gt;/tests/</c> and the
/// requirement catalogue in <c>guide/requirements.json</c>.
/// </summary>
public sealed class PolicyPack
{
    public const string ManifestFileName = "pack.json";
    public const string CatalogueRelativePath = "guide/requirements.json";
    private static readonly HashSet<string> ReservedFolders = new(StringComparer.Ordinal) { "lib", "guide", "tests" };
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => JsonSchema.FromJsonAsync(ReadResource("pack.schema.json")).GetAwaiter().GetResult());

    private readonly Lazy<string> _fingerprint;
    private readonly Lazy<IReadOnlyDictionary<PolicyFile, IReadOnlyList<(string Id, IReadOnlyList<string> Tags)>>> _declared;

    private PolicyPack(string root, PackManifest manifest, IReadOnlyList<PolicyFile> files, DeclarationCache? declarations)
    {
        Root = root;
        Manifest = manifest;
        Files = files;
        // A loaded pack is a snapshot: read its files once, however many evaluations (e.g. fixtures) use it.
        _fingerprint = new Lazy<string>(() => PackFingerprint.Of(this));
        _declared = new Lazy<IReadOnlyDictionary<PolicyFile, IReadOnlyList<(string, IReadOnlyList<string>)>>>(() => ReadDeclarations(files, declarations));
    }

    public string Root { get; }
    public PackManifest Manifest { get; }

    /// <summary>Policy files in ordinal order of their relative paths.</summary>
    public IReadOnlyList<PolicyFile> Files { get; }

    /// <summary>SHA-256 over every source file of the pack (see <see cref="PackFingerprint"/>), computed once.</summary>
    internal string Fingerprint => _fingerprint.Value;

    /// <summary>The control ids and tags each policy file declares, read from syntax once.</summary>
    internal IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> DeclaredIn(PolicyFile file) => _declared.Value[file];

    /// <summary>Every control id the pack's policy files declare, ordinal order.</summary>
    public IReadOnlySet<string> ControlIds() =>
        new SortedSet<string>(Files.SelectMany(DeclaredIn).Select(d => d.Id), StringComparer.Ordinal);

    public string CataloguePath => Path.Combine(Root, "guide", "requirements.json");

    /// <summary>The guide's requirements in catalogue order; empty when the pack has no catalogue.</summary>
    public IReadOnlyList<Requirement> Requirements()
    {
        if (!File.Exists(CataloguePath)) return [];
        try
        {
            return JsonSerializer.Deserialize<List<Requirement>>(File.ReadAllText(CataloguePath), EngineJson.Files) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InputException($"{CataloguePath}: not a requirement catalogue ({ex.Message}). Expected [{{\"id\", \"section\", \"text\"}}, ...].", ex);
        }
    }

    /// <summary>The guide section path shown for a section folder (pack.json "sections"), else the folder name.</summary>
    public string SectionTitle(string section) => Manifest.Sections.TryGetValue(section, out var title) ? title : section;

    /// <summary>
    /// Loads the pack at <paramref name="root"/>. With a <paramref name="cacheDirectory"/> (the compiled-policy
    /// cache), the controls each file declares are read from it when the file is unchanged.
    /// </summary>
    public static PolicyPack Load(string root, string? cacheDirectory = null)
    {
        root = Path.GetFullPath(root);
        var manifestPath = Path.Combine(root, ManifestFileName);
        if (!File.Exists(manifestPath))
            throw new InputException($"{root} is not a policy pack: it has no {ManifestFileName}. Point --policies at a pack folder.");
        var manifest = ReadManifest(manifestPath);
        var files = Directory.EnumerateDirectories(root)
            .Where(dir => !ReservedFolders.Contains(Path.GetFileName(dir)) && !Path.GetFileName(dir).StartsWith('.'))
            .SelectMany(dir => Directory.EnumerateFiles(dir, "*.csx", SearchOption.TopDirectoryOnly))
            .Select(path => new PolicyFile(Path.GetRelativePath(root, path).Replace('\\', '/'), path, Path.GetFileName(Path.GetDirectoryName(path)!)))
            .OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .ToList();
        return new PolicyPack(root, manifest, files, cacheDirectory is null ? null : new DeclarationCache(cacheDirectory));
    }

    /// <summary>
    /// The controls of every file: cached entries read in turn, the other files parsed in parallel. Starting
    /// parallel work costs more than reading two dozen cached entries, so a warm pack never pays for it.
    /// </summary>
    private static IReadOnlyDictionary<PolicyFile, IReadOnlyList<(string Id, IReadOnlyList<string> Tags)>> ReadDeclarations(
        IReadOnlyList<PolicyFile> files, DeclarationCache? declarations)
    {
        var declared = new Dictionary<PolicyFile, IReadOnlyList<(string Id, IReadOnlyList<string> Tags)>>();
        var toParse = new List<(PolicyFile File, string Source)>();
        foreach (var file in files)
        {
            var source = File.ReadAllText(file.FullPath);
            if (declarations?.TryRead(source) is { } cached) declared[file] = cached;
            else toParse.Add((file, source));
        }
        IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> Parse((PolicyFile File, string Source) file) =>
            declarations is null ? DeclaredControlIds.Read(file.Source) : declarations.Parse(file.Source);
        var parsed = toParse.Count > 1 ? toParse.AsParallel().Select(f => (f.File, Parse(f))).ToList() : toParse.Select(f => (f.File, Parse(f))).ToList();
        foreach (var (file, controls) in parsed) declared[file] = controls;
        return declared;
    }

    private static PackManifest ReadManifest(string path)
    {
        var json = File.ReadAllText(path);
        ICollection<NJsonSchema.Validation.ValidationError> errors;
        try
        {
            errors = ManifestSchema.Value.Validate(json);
        }
        catch (Newtonsoft.Json.JsonException ex)
        {
            throw new InputException($"{path}: not valid JSON: {ex.Message}", ex);
        }
        if (errors.Count > 0)
        {
            var details = errors.Select(e => $"  {path}: {e.Path}: {e.Kind}{(e.Property is null ? "" : $" ({e.Property})")}").Order(StringComparer.Ordinal);
            throw new InputException($"{path} does not match the pack manifest schema:{Environment.NewLine}{string.Join(Environment.NewLine, details)}");
        }
        return JsonSerializer.Deserialize<PackManifest>(json, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase })!;
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(PolicyPack).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource {name} is missing from the engine assembly.");
        return new StreamReader(stream).ReadToEnd();
    }
}
