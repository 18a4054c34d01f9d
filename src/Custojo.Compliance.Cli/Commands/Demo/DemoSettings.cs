using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Demo;

/// <summary>Options of <c>custojo demo</c>.</summary>
internal sealed class DemoSettings : GlobalSettings
{
    [CommandOption("--dir <DIR>")]
    [Description("Folder of the demo workspace (created; must be empty or absent unless --force).")]
    [DefaultValue("custojo-demo")]
    public string Dir { get; init; } = "custojo-demo";

    [CommandOption("--days <N>")]
    [Description("Length of the demo history in days.")]
    [DefaultValue(90)]
    public int Days { get; init; } = 90;

    [CommandOption("--end <DATE>")]
    [Description("The history covers the N days before this local date (exclusive). Default: today in the demo's zone, so 'custojo check --last 90d' sees the same period.")]
    public string? End { get; init; }

    [CommandOption("--scale <N>")]
    [Description("Volume multiplier (users, hosts, logins, samples): 1 is about 100,000 records for 90 days.")]
    [DefaultValue(1)]
    public int Scale { get; init; } = 1;

    [CommandOption("--seed <S>")]
    [Description("Seed of the generated history: same seed, same evidence.")]
    [DefaultValue(42)]
    public int Seed { get; init; } = 42;

    [CommandOption("--time-zone <IANA>")]
    [Description("Time zone of the demo installation.")]
    [DefaultValue("Europe/Berlin")]
    public string TimeZone { get; init; } = "Europe/Berlin";

    [CommandOption("--force")]
    [Description("Replace an existing demo folder.")]
    public bool Force { get; init; }

    public override ValidationResult Validate() =>
        Days is < 1 or > 3660 ? ValidationResult.Error("--days must be between 1 and 3660.")
        : Scale is < 1 or > 100 ? ValidationResult.Error("--scale must be between 1 and 100.")
        : ValidationResult.Success();
}
