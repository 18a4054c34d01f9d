namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>Checks a builder call that must be present with a non-empty constant string (<c>.Title</c>, <c>.Remediation</c>).</summary>
internal static class RequiredText
{
    /// <summary>Reports <paramref name="rule"/> unless the chain has <paramref name="method"/> with a non-empty constant argument.</summary>
    public static void Check(ControlRuleContext context, ControlChain chain, string method, Microsoft.CodeAnalysis.DiagnosticDescriptor rule)
    {
        var calls = chain.CallsTo(method).ToList();
        if (calls.Count == 0)
        {
            context.Report(rule, chain.Declaration, chain.DisplayId, $"no .{method}(...) call");
            return;
        }

        foreach (var call in calls)
        {
            var text = context.ConstantString(call.Arguments.FirstOrDefault());
            if (text is null)
                context.Report(rule, call.FirstArgumentOrCall, chain.DisplayId, $"the {method.ToLowerInvariant()} is not a constant string");
            else if (string.IsNullOrWhiteSpace(text))
                context.Report(rule, call.FirstArgumentOrCall, chain.DisplayId, $"the {method.ToLowerInvariant()} is empty");
        }
    }
}
