namespace Custojo.Compliance.Reporting.Model;

/// <summary>The run or its companion inputs cannot be rendered (e.g. an unknown time zone). The CLI maps it to exit 2.</summary>
public sealed class ReportInputException : Exception
{
    private ReportInputException(string message, Exception? inner = null) : base(message, inner) { }

    internal static ReportInputException UnknownTimeZone(string zone, Exception inner) =>
        new($"The run's time zone '{zone}' is not a known IANA time zone on this machine. Set \"timeZone\" in custojo.json to an IANA id such as \"Europe/Berlin\" or \"UTC\" (and install tzdata).", inner);

    internal static ReportInputException DuplicateControl(string controlId) =>
        new($"The run has two results for control {controlId}. A run holds one result per control; re-run the check.");
}
