using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Tests;

public sealed class DescriptorsTests
{
    private static readonly DiagnosticDescriptor[] All =
        [.. typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()];

    [Fact]
    public void Every_rule_has_a_unique_custojo_id()
    {
        Assert.All(All, d => Assert.Matches("^CJ[0-9]{4}$", d.Id));
        Assert.Equal(All.Length, All.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_message_says_what_is_wrong_then_how_to_fix_it()
    {
        Assert.All(All, d =>
        {
            var message = d.MessageFormat.ToString(CultureInfo.InvariantCulture);
            Assert.EndsWith(".", message, StringComparison.Ordinal);
            Assert.True(message.TrimEnd('.').Contains(". ", StringComparison.Ordinal), $"{d.Id}: '{message}' has no separate sentence on how to fix it");
        });
    }

    [Fact]
    public void Every_rule_is_reported_by_an_analyzer_of_the_set_or_by_the_pack_rules()
    {
        var supported = PolicyAnalyzers.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["CJ0117"], All.Select(d => d.Id).Where(id => !supported.Contains(id)));
    }

    [Fact]
    public void Analyzer_set_has_one_analyzer_per_type()
    {
        Assert.Equal(PolicyAnalyzers.All.Length, PolicyAnalyzers.All.Select(a => a.GetType()).Distinct().Count());
    }
}
