using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Settings of a command that prints data as a table (people) or JSON (scripts).</summary>
internal class TableOrJsonSettings : GlobalSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table or json.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";

    public bool Json => Format == "json";

    public override ValidationResult Validate() =>
        Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format {Format}: use table or json.");
}
