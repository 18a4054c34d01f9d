using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>
/// The patch record both package-log importers write. apt and dpkg logs do not say whether an update
/// fixes a security issue, so records say severity <c>none</c> and security false, and the summary says
/// so; advisories (DSA/DLA) are the evidence of severity.
/// </summary>
internal static class PatchRecords
{
    public static ImportedRecord Create(PackageChange change, DateTimeOffset appliedAt, bool succeeded, string host, string environment, string source, string location, ImportContext context, string importer)
    {
        context.Assume($"{importer}: package logs do not say whether an update is a security fix; patches recorded with severity none and security false (import advisories for severity)");
        return new RecordBuilder("patch")
            .Add("package", change.Package)
            .Add("fromVersion", change.FromVersion)
            .Add("version", change.Version)
            .Add("severity", "none")
            .Add("security", false)
            .Add("appliedAt", appliedAt)
            .Add("environment", environment)
            .Add("outcome", succeeded ? "success" : "failed")
            .Add("host", host)
            .Add("source", source)
            .At(location);
    }
}
