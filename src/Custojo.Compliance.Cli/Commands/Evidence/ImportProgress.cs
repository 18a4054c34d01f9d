using System.Globalization;
using Custojo.Compliance.Cli.Infrastructure;
using Spectre.Console;

namespace Custojo.Compliance.Cli.Commands.Evidence;

/// <summary>Shows records read so far while a long import runs on a terminal; nothing when output is redirected or --quiet.</summary>
internal static class ImportProgress
{
    public static T Run<T>(Func<IProgress<long>?, T> work)
    {
        if (!Output.ShowsProgress) return work(null);
        T result = default!;
        Output.Messages.Status().Start("Importing...", status =>
        {
            var progress = new Progress<long>(read => status.Status($"Importing... {read.ToString("N0", CultureInfo.InvariantCulture)} records read"));
            result = work(progress);
        });
        return result;
    }
}
