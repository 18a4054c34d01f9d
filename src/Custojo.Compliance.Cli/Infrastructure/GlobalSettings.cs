using System.ComponentModel;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Options every command accepts.</summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("-w|--workspace <DIR>")]
    [Description("Workspace folder. Default: the nearest folder upward holding custojo.json.")]
    public string? Workspace { get; init; }

    [CommandOption("--db <PATH>")]
    [Description("Evidence store file. Default: paths.store of custojo.json.")]
    public string? Db { get; init; }

    [CommandOption("--policies <DIR>")]
    [Description("Policy pack folder. Default: paths.policies of custojo.json, else the built-in pack.")]
    public string? Policies { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Print only data and errors: no progress, no notes.")]
    public bool Quiet { get; init; }

    [CommandOption("--no-color")]
    [Description("Plain output without colours (also when NO_COLOR is set).")]
    public bool NoColor { get; init; }

    [CommandOption("--debug")]
    [Description("On error, print the full exception.")]
    public bool Debug { get; init; }
}
