using System.ComponentModel;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Waivers;

/// <summary>Settings of a command that reads or writes the waivers file, with <c>--waivers FILE</c> like <c>check</c>.</summary>
internal class WaiverFileSettings : TableOrJsonSettings
{
    [CommandOption("--waivers <FILE>")]
    [Description("Waivers file. Default: paths.waivers of custojo.json (waivers.json).")]
    public string? Waivers { get; init; }

    /// <summary>The waivers file: --waivers (which must exist unless <paramref name="mayBeNew"/>), else the workspace's.</summary>
    public string WaiversPath(Workspace workspace, bool mayBeNew)
    {
        if (Waivers is null) return workspace.WaiversPath;
        var path = Path.GetFullPath(Waivers);
        return mayBeNew || File.Exists(path) ? path : throw new InputException($"--waivers {Waivers}: no such file ({path}). Give an existing waivers file, or leave the option out to use {workspace.WaiversPath}.");
    }
}
