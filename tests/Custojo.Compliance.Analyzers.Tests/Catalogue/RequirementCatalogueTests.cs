using Custojo.Compliance.Analyzers.Catalogue;
using Microsoft.CodeAnalysis.Text;

namespace Custojo.Compliance.Analyzers.Tests.Catalogue;

public sealed class RequirementCatalogueTests
{
    [Fact]
    public void Catalogue_reads_every_id_with_its_position()
    {
        var catalogue = Parse("""
            [
              {"id": "BKP-DB-01", "section": "Backup Management › Database Backups", "text": "Full backups daily — «always»"},
              {"section": "x", "id": "BKP-DB-02", "extra": [1, {"id": "nested, ignored"}]}
            ]
            """);

        Assert.Empty(catalogue.Problems);
        Assert.Equal(["BKP-DB-01", "BKP-DB-02"], catalogue.Requirements.Select(r => r.Id));
        var second = catalogue.Requirements[1].Location.GetLineSpan();
        Assert.Equal(("guide/requirements.json", 2, 25), (second.Path, second.StartLinePosition.Line, second.StartLinePosition.Character));
        Assert.True(catalogue.Contains("BKP-DB-02"));
        Assert.False(catalogue.Contains("bkp-db-02"));
    }

    [Theory]
    [InlineData("{}", "the top level is not a JSON array")]
    [InlineData("[1]", "entry 1 is not an object")]
    [InlineData("[{\"id\": 7}]", "the \"id\" of entry 1 is not a string")]
    [InlineData("[{\"id\": \"\"}]", "entry 1 has an empty \"id\"")]
    [InlineData("[{\"id\": \"A-1\"}, {\"id\": \"A-1\"}]", "id \"A-1\" of entry 2 is also the id of entry 1")]
    public void Catalogue_problem_is_described(string json, string problem)
    {
        var catalogue = Parse(json);

        Assert.Equal(problem, Assert.Single(catalogue.Problems).Message);
    }

    [Fact]
    public void Closest_id_is_suggested_only_when_it_is_close()
    {
        var catalogue = Parse("[{\"id\": \"BKP-DB-01\"}, {\"id\": \"PAT-OS-02\"}]");

        Assert.Equal("BKP-DB-01", catalogue.Closest("BKP-DB-1"));
        Assert.Null(catalogue.Closest("ACCESS-REVIEW-QUARTERLY"));
    }

    private static RequirementCatalogue Parse(string json) => RequirementCatalogue.Parse("guide/requirements.json", SourceText.From(json));
}
