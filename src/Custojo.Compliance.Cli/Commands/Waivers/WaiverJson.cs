using Custojo.Compliance.Cli.Commands.Evidence;
using Custojo.Compliance.Engine.Waivers;

namespace Custojo.Compliance.Cli.Commands.Waivers;

/// <summary>Waivers as <c>waiver list --format json</c> prints them: every field, the state and days left now.</summary>
internal static class WaiverJson
{
    public static void Write(IReadOnlyList<Waiver> waivers, DateTimeOffset now, int warnWithinDays) => JsonOutput.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var waiver in waivers)
        {
            writer.WriteStartObject();
            writer.WriteString("id", waiver.Id);
            writer.WriteString("controlId", waiver.ControlId);
            WriteNullable(writer, "scope", waiver.Scope);
            writer.WriteString("justification", waiver.Justification);
            writer.WriteString("approver", waiver.Approver);
            WriteNullable(writer, "ticket", waiver.Ticket);
            JsonOutput.WriteInstant(writer, "created", waiver.Created);
            JsonOutput.WriteInstant(writer, "expires", waiver.Expires);
            WriteNullable(writer, "residualRisk", waiver.ResidualRisk);
            writer.WriteString("state", WaiverText.StateName(WaiverApplication.StateOf(waiver, now, warnWithinDays)));
            writer.WriteNumber("daysLeft", WaiverWarnings.DaysLeft(waiver, now));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    });

    private static void WriteNullable(System.Text.Json.Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }
}
