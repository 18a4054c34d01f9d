using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Custojo.Compliance.Engine.Linting;

/// <summary>A pack file handed to the analyzers (the requirement catalogue), named by its pack-relative path.</summary>
internal sealed class PackAdditionalText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}
