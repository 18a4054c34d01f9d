using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Custojo.Compliance.Engine.Packs;

/// <summary>
/// Reads, from syntax alone, the ids and tags of the controls a policy file declares
/// (<c>Control("ID")...Tags("a", "b")</c>), so a selection can skip compiling the other files and a
/// file that cannot run can still name its controls in the results.
/// </summary>
internal static class DeclaredControlIds
{
    public static IReadOnlyList<(string Id, IReadOnlyList<string> Tags)> Read(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script)).GetRoot();
        var found = new List<(string, IReadOnlyList<string>)>();
        foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            if (call.Expression is not IdentifierNameSyntax { Identifier.ValueText: "Control" }) continue;
            if (call.ArgumentList.Arguments is not [{ Expression: LiteralExpressionSyntax { Token.Value: string id } }]) continue;
            found.Add((id, TagsOfChain(call)));
        }
        return found;
    }

    private static List<string> TagsOfChain(InvocationExpressionSyntax control)
    {
        var tags = new List<string>();
        SyntaxNode node = control;
        while (node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax next } access)
        {
            if (access.Name.Identifier.ValueText == "Tags")
                tags.AddRange(next.ArgumentList.Arguments.Select(a => a.Expression).OfType<LiteralExpressionSyntax>().Select(l => l.Token.ValueText));
            node = next;
        }
        return tags;
    }
}
