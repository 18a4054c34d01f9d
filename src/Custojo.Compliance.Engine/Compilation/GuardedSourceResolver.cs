using System.Text;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Engine.Compilation;

/// <summary>
/// Resolves <c>#load</c> exactly like the pack resolver but serves the guarded text of each loaded script, so
/// the compilation for emit loads rewritten code instead of re-reading the originals from disk.
/// </summary>
internal sealed class GuardedSourceResolver(SourceReferenceResolver pack, IReadOnlyDictionary<string, string> guardedTexts) : SourceReferenceResolver
{
    private readonly SourceReferenceResolver _pack = pack;
    private readonly IReadOnlyDictionary<string, string> _guardedTexts = guardedTexts;

    public override string? NormalizePath(string path, string? baseFilePath) => _pack.NormalizePath(path, baseFilePath);

    public override string? ResolveReference(string path, string? baseFilePath) => _pack.ResolveReference(path, baseFilePath);

    public override Stream OpenRead(string resolvedPath) =>
        _guardedTexts.TryGetValue(resolvedPath, out var text)
            ? new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false)
            : throw new InvalidOperationException($"'{resolvedPath}' was not part of the analysed compilation, so it has no guarded text. Build the guarded compilation from the compilation that loads it.");

    public override bool Equals(object? other) =>
        other is GuardedSourceResolver resolver && ReferenceEquals(resolver._guardedTexts, _guardedTexts) && resolver._pack.Equals(_pack);

    public override int GetHashCode() => _pack.GetHashCode();
}
