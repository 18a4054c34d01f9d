using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Caching;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands;

/// <summary><c>custojo cache clear</c>: deletes the compiled-policy cache.</summary>
internal sealed class CacheClearCommand : Command<GlobalSettings>
{
    public override int Execute(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var directory = settings.CacheDirectory();
        var removed = PolicyCache.Clear(directory);
        Output.Success($"Removed {removed} compiled policies from {directory}.");
        return ExitCodes.Success;
    }
}
