using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Evidence.Schemas;
using Custojo.Compliance.Sdk.Evidence;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary><c>custojo evidence schema [KIND] [--example]</c>: the published JSON Schemas and example records. Needs no workspace.</summary>
internal sealed class EvidenceSchemaCommand : Command<EvidenceSchemaCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "[KIND]")]
        [Description("The evidence kind (see custojo evidence kinds). Without it: every kind.")]
        public string? Kind { get; init; }

        [CommandOption("--example")]
        [Description("Print a valid example record instead of the schema (without KIND: one per kind, as NDJSON ready to import).")]
        public bool Example { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Kind is { } kind)
        {
            Output.Raw((settings.Example ? EvidenceSchemas.ExampleJson(kind) : EvidenceSchemas.SchemaJson(kind)) + "\n");
            return ExitCodes.Success;
        }
        if (settings.Example)
        {
            foreach (var each in EvidenceKinds.All) Output.Raw(EvidenceSchemas.ExampleJson(each.Name, indented: false) + "\n");
            return ExitCodes.Success;
        }
        JsonOutput.Write(writer =>
        {
            writer.WriteStartObject();
            foreach (var each in EvidenceKinds.All)
            {
                writer.WritePropertyName(each.Name);
                JsonOutput.WriteRaw(writer, EvidenceSchemas.SchemaJson(each.Name));
            }
            writer.WriteEndObject();
        });
        return ExitCodes.Success;
    }
}
