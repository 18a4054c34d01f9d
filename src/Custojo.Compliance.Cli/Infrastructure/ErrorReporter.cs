using Custojo.Compliance.Evidence;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Turns an exception that reached the top into one line on stderr and an exit code.</summary>
internal static class ErrorReporter
{
    public static int Report(Exception exception, bool debug)
    {
        var (code, message) = exception switch
        {
            InputException input => (ExitCodes.BadInput, input.Message),
            Reporting.Signing.ReportSigningException signing => (ExitCodes.BadInput, signing.Message),
            Reporting.Model.ReportInputException report => (ExitCodes.BadInput, report.Message),
            CommandParseException parse => (ExitCodes.BadInput, $"{parse.Message} See 'custojo --help'."),
            CommandRuntimeException runtime => (ExitCodes.BadInput, $"{runtime.Message} See 'custojo --help'."),
            OperationCanceledException => (ExitCodes.Internal, "Cancelled."),
            _ => (ExitCodes.Internal, $"internal error: {exception.GetType().Name}: {exception.Message} (run again with --debug for details, and report it)"),
        };
        Output.Error(message);
        if (debug) Output.Messages.WriteException(exception, ExceptionFormats.ShortenPaths);
        return code;
    }
}
