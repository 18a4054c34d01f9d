using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Tests.Workspace;

public sealed class WorkspaceConfigTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("custojo-ws-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Init_writes_a_config_that_loads_with_its_time_zone_and_paths()
    {
        WorkspaceInitializer.Initialize(_dir, "Acme", "prod", "Europe/Berlin", force: false);

        var workspace = Engine.Workspace.Workspace.Load(_dir);

        Assert.Equal("Acme", workspace.Config.Organisation);
        Assert.Equal("Europe/Berlin", workspace.Zone.Id);
        Assert.Equal(Path.Combine(_dir, ".custojo", "evidence.db"), workspace.StorePath);
        Assert.True(File.Exists(Path.Combine(_dir, WorkspaceInitializer.SchemaRelativePath)));
    }

    [Fact]
    public void Init_refuses_to_overwrite_an_existing_workspace_without_force()
    {
        WorkspaceInitializer.Initialize(_dir, "Acme", "prod", "UTC", force: false);

        var error = Assert.Throws<InputException>(() => WorkspaceInitializer.Initialize(_dir, "Other", "prod", "UTC", force: false));

        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Contains("Acme", File.ReadAllText(Path.Combine(_dir, "custojo.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Init_with_force_overwrites_the_config()
    {
        WorkspaceInitializer.Initialize(_dir, "Acme", "prod", "UTC", force: false);

        WorkspaceInitializer.Initialize(_dir, "Other", "prod", "UTC", force: true);

        Assert.Equal("Other", Engine.Workspace.Workspace.Load(_dir).Config.Organisation);
    }

    [Fact]
    public void Config_errors_name_every_property_path_and_rule()
    {
        const string json = """{ "organisation": "", "timeZone": "UTC", "check": { "controlTimeoutSeconds": 0, "failOn": "sometimes" }, "colour": "red" }""";

        var error = Assert.Throws<InputException>(() => WorkspaceConfigReader.Parse(json, "custojo.json"));

        Assert.Contains("#/installation: required property is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("#/organisation: string too short", error.Message, StringComparison.Ordinal);
        Assert.Contains("check.controlTimeoutSeconds", error.Message.Replace('/', '.'), StringComparison.Ordinal);
        Assert.Contains("failOn", error.Message, StringComparison.Ordinal);
        Assert.Contains("colour", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_by_the_schema_not_by_the_deserializer()
    {
        const string json = """{ "organisation": "Acme", "installation": "prod", "timeZone": "UTC", "check": { "controlTimeoutSeconds": "ten" } }""";

        var error = Assert.Throws<InputException>(() => WorkspaceConfigReader.Parse(json, "custojo.json"));

        Assert.Contains("does not match its schema", error.Message, StringComparison.Ordinal);
        Assert.Contains("controlTimeoutSeconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("CET-ish")]
    [InlineData("W. Europe Standard Time")]
    public void An_unknown_time_zone_is_an_error(string zone)
    {
        var json = $$"""{ "organisation": "Acme", "installation": "prod", "timeZone": "{{zone}}" }""";

        var error = Assert.Throws<InputException>(() => WorkspaceConfigReader.Parse(json, "custojo.json"));

        Assert.Contains("not a known IANA time zone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_reported_as_bad_input()
    {
        var error = Assert.Throws<InputException>(() => WorkspaceConfigReader.Parse("{ \"organisation\": ", "custojo.json"));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Locate_finds_the_nearest_workspace_upward()
    {
        WorkspaceInitializer.Initialize(_dir, "Acme", "prod", "UTC", force: false);
        var nested = Directory.CreateDirectory(Path.Combine(_dir, "a", "b")).FullName;

        Assert.Equal(_dir, Engine.Workspace.Workspace.Locate(null, nested));
    }

    [Fact]
    public void Locate_without_a_workspace_says_how_to_create_one()
    {
        var error = Assert.Throws<InputException>(() => Engine.Workspace.Workspace.Locate(null, _dir));

        Assert.Contains("custojo init", error.Message, StringComparison.Ordinal);
    }
}
