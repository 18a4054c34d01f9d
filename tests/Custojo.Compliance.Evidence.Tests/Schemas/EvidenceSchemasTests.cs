using Custojo.Compliance.Evidence.Import;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Sdk.Evidence;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Tests.Schemas;

public sealed class EvidenceSchemasTests
{
    public static TheoryData<string> Kinds() => [.. EvidenceKinds.All.Select(k => k.Name)];

    public static TheoryData<string, string> RequiredFields()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in EvidenceKinds.All)
            foreach (var field in Records.Parse(EvidenceSchemas.SchemaJson(kind.Name))["required"]!.Values<string>())
                data.Add(kind.Name, field!);
        return data;
    }

    [Fact]
    public void Catalogue_holds_every_kind_the_guide_needs()
    {
        string[] expected =
        [
            "access-review", "account", "advisory-subscription", "backup-run", "backup-verification", "cache-clear",
            "cache-stats", "change-log-entry", "cleanup", "communication-protocol-review", "configuration-review",
            "database-maintenance", "documentation-review", "dr-plan-review", "file-archival", "health-check",
            "integration-check", "ip-restriction", "log-collection", "log-review", "login-attempt", "maintenance-notice",
            "monitoring-alert-rule", "password-policy", "patch", "recovery-test", "resource-sample", "restore-test",
            "security-alert", "security-audit", "security-scan", "slow-query-report", "storage-usage", "test-run",
            "training-record", "update-deployment", "wal-archive-status",
        ];
        Assert.Equal(expected, EvidenceKinds.All.Select(k => k.Name));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_schema_accepts_its_example(string kind)
    {
        var errors = Validate(Records.Example(kind));

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void Every_kind_schema_rejects_its_example_without_a_required_field(string kind, string field)
    {
        var errors = Validate(Records.Example(kind, r => r.Remove(field)));

        var error = Assert.Single(errors);
        Assert.Equal(field == "kind" ? "missing-kind" : "property-required", error.Rule);
        Assert.Equal("/" + field, error.Pointer);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_schema_forbids_additional_properties_and_names_its_kind(string kind)
    {
        var schema = Records.Parse(EvidenceSchemas.SchemaJson(kind));

        Assert.False(schema["additionalProperties"]!.Value<bool>());
        Assert.Equal([kind], schema["properties"]!["kind"]!["enum"]!.Values<string>());
        Assert.Equal("kind", schema["required"]![0]!.Value<string>());
        Assert.Equal(kind, schema["title"]!.Value<string>());
    }

    [Fact]
    public void Required_list_follows_the_required_members_of_the_record()
    {
        var schema = Records.Parse(EvidenceSchemas.SchemaJson("backup-run"));

        Assert.Equal(["kind", "category", "type", "startedAt", "outcome", "target", "host"], schema["required"]!.Values<string>());
    }

    [Fact]
    public void Enum_values_are_kebab_case_as_the_records_serialise_them()
    {
        var backup = Records.Parse(EvidenceSchemas.SchemaJson("backup-run"));
        var login = Records.Parse(EvidenceSchemas.SchemaJson("login-attempt"));

        Assert.Equal(["full", "incremental", "differential", "transaction-log"], backup["definitions"]!["BackupType"]!["enum"]!.Values<string>());
        Assert.Equal(["password", "publickey", "sso", "other"], login["definitions"]!["LoginMethod"]!["enum"]!.Values<string>());
    }

    [Fact]
    public void Instants_are_date_time_strings_and_optional_fields_may_be_null()
    {
        var properties = Records.Parse(EvidenceSchemas.SchemaJson("backup-run"))["properties"]!;

        Assert.Equal("date-time", properties["startedAt"]!["format"]!.Value<string>());
        Assert.Equal("string", properties["startedAt"]!["type"]!.Value<string>());
        Assert.Equal(["null", "string"], properties["completedAt"]!["type"]!.Values<string>());
    }

    [Fact]
    public void Schema_of_unknown_kind_is_refused_with_the_way_to_list_kinds()
    {
        var error = Assert.Throws<EvidenceInputException>(() => EvidenceSchemas.SchemaJson("backup"));

        Assert.Contains("custojo evidence kinds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_starts_with_its_kind_and_deserialises_to_the_record()
    {
        var example = EvidenceSchemas.ExampleJson("patch");

        Assert.StartsWith("{\n  \"kind\": \"patch\"", example, StringComparison.Ordinal);
        var record = System.Text.Json.JsonSerializer.Deserialize<Patch>(example, EvidenceJson.Options);
        Assert.Equal(Patch.Example, record);
    }

    private static List<ImportError> Validate(string json)
    {
        var errors = new List<ImportError>();
        RecordValidator.Validate(new RawRecord(json, 1), "test.ndjson", errors);
        return errors;
    }
}
