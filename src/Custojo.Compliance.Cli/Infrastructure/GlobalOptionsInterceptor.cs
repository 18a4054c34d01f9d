using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Applies --quiet and --no-color before any command runs.</summary>
internal sealed class GlobalOptionsInterceptor : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
        if (settings is GlobalSettings global)
            Output.Configure(global.NoColor, global.Quiet);
    }
}
