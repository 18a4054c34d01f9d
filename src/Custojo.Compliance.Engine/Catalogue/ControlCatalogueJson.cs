using System.Text.Json;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Parameters;

namespace Custojo.Compliance.Engine.Catalogue;

/// <summary>The control catalogue and the requirement → controls matrix as JSON, for tools.</summary>
public static class ControlCatalogueJson
{
    public static void Write(PolicyPack pack, PackDescription description, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("pack", pack.Manifest.Name);
        json.WriteString("version", pack.Manifest.Version);
        json.WriteStartArray("controls");
        foreach (var item in description.Controls)
        {
            var control = item.Control;
            json.WriteStartObject();
            json.WriteString("id", control.Id);
            json.WriteString("title", control.Title);
            json.WriteString("description", control.Description);
            json.WriteString("severity", control.Severity.ToString().ToLowerInvariant());
            json.WriteString("section", item.Section);
            json.WriteString("file", item.File.RelativePath);
            WriteStrings(json, "requirements", control.Requirements);
            json.WriteStartArray("frameworks");
            foreach (var mapping in control.Frameworks)
            {
                json.WriteStartObject();
                json.WriteString("framework", mapping.Framework);
                json.WriteString("reference", mapping.Reference);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("parameters");
            foreach (var parameter in control.Parameters)
            {
                json.WriteStartObject();
                json.WriteString("name", parameter.Name);
                json.WriteString("type", parameter.Type.Name);
                json.WriteString("default", ParameterValues.Format(parameter.DefaultValue));
                json.WriteString("description", parameter.Description);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("remediation", control.Remediation);
            WriteStrings(json, "tags", control.Tags);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("traceability");
        foreach (var (requirement, controls) in Traceability.Of(pack, description))
        {
            json.WriteStartObject();
            json.WriteString("requirement", requirement.Id);
            json.WriteString("section", requirement.Section);
            json.WriteString("text", requirement.Text);
            WriteStrings(json, "controls", controls);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteStrings(json, "problems", description.Problems);
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
