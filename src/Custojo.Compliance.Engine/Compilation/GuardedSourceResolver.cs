using System.Text;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Engine.Compilation;

/// <summary>
/// Resolves <c>#load</c> exactly like the pack resolver but serves the guarded text of each loaded script, so
/// the compilation for emit loads rewritten code instead of re-reading the originals from disk.
/// </summary>
internal sealed class GuardedSourceResolver(SourceReferenceResolver pack, IReadOnlyDictionary<string, string> guardedTexts) : SourceReferenceResolver
{
    public override string? NormalizePath(string path, string? baseFilePath) => pack.NormalizePath(path, baseFilePath);

    public override string? ResolveReference(string path, string? baseFilePath) => pack.ResolveReference(path, baseFilePath);

    public override Stream OpenRead(string resolvedPath) =>
        guardedTexts.TryGetValue(resolvedPath, out var text)
            ? new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false)
            : throw new InvalidOperationException($"'{resolvedPath}' was not part of the analysed compilation, so it has no guarded text. Build the guarded compilation from the compilation that loads it.");

    public override bool Equals(object? other) =>
        other is GuardedSourceResolver resolver && resolver.GuardedTexts == guardedTexts && resolver.Pack.Equals(pack);

    public override int GetHashCode() => pack.GetHashCode();

    private SourceReferenceResolver Pack => pack;

    private IReadOnlyDictionary<string, string> GuardedTexts => guardedTexts;
}
