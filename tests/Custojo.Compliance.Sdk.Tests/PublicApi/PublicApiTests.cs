using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Sdk.Tests.PublicApi;

/// <summary>
/// The Sdk is the contract with every policy ever written: any change of a public type or member shows up
/// here. If a change is intended, accept it by copying Sdk.PublicApi.received.txt over Sdk.PublicApi.txt
/// (or run the tests once with CUSTOJO_ACCEPT_API=1) and commit the diff with the change.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly string Approved = Path.Combine(RepositoryRoot.Path, "tests", "Custojo.Compliance.Sdk.Tests", "PublicApi", "Sdk.PublicApi.txt");

    [Fact]
    public void The_public_api_of_the_sdk_matches_the_approved_listing()
    {
        var actual = PublicApiWriter.Write(typeof(PolicyGlobals).Assembly);
        var received = Path.ChangeExtension(Approved, ".received.txt");
        if (Environment.GetEnvironmentVariable("CUSTOJO_ACCEPT_API") == "1")
            File.WriteAllText(Approved, actual);

        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        if (approved == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var before = approved.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var after = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var removed = before.Except(after).Order(StringComparer.Ordinal).Select(l => "- " + l);
        var added = after.Except(before).Order(StringComparer.Ordinal).Select(l => "+ " + l);
        Assert.Fail(
            $"The Sdk's public API changed. If intended, copy {received} over {Approved} (or run with CUSTOJO_ACCEPT_API=1) and commit it.\n"
            + string.Join('\n', removed.Concat(added)));
    }

    [Fact]
    public void The_listing_is_ordinal_sorted_within_each_type_and_by_type()
    {
        var lines = PublicApiWriter.Write(typeof(PolicyGlobals).Assembly).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var owners = lines.Select(l => l[..l.IndexOf(" :: ", StringComparison.Ordinal)]).Distinct().ToList();

        Assert.Equal(owners.Order(StringComparer.Ordinal), owners);
        Assert.Contains(lines, l => l.StartsWith("Custojo.Compliance.Sdk.Time.Cadence :: ", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("SandboxBudget", StringComparison.Ordinal));
    }
}
