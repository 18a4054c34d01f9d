namespace Custojo.Compliance.Evidence.Tests.Importers;

/// <summary>The importer samples: copies under Importers/Samples, and the originals in ../shared/samples when present.</summary>
internal static class SampleFiles
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The test copy of a sample, e.g. <c>restic/05-snapshots.json</c>.</summary>
    public static string Copy(string relative) =>
        Path.Combine(RepositoryRoot.Value, "tests", "Custojo.Compliance.Evidence.Tests", "Importers", "Samples", relative);

    /// <summary>
    /// The folder of the shared originals: <c>../shared/samples</c> next to the repository, or the nearest
    /// <c>shared/samples</c> further up (a git worktree sits one level deeper); null when there is none.
    /// </summary>
    public static string? SharedFolder => SharedSamples.Value;

    private static readonly Lazy<string?> SharedSamples = new(() =>
    {
        for (var dir = Directory.GetParent(RepositoryRoot.Value); dir is not null; dir = dir.Parent)
        {
            var shared = Path.Combine(dir.FullName, "shared", "samples");
            if (Directory.Exists(shared)) return shared;
        }
        return null;
    });

    public static string CopiesFolder => Path.GetDirectoryName(Copy("x"))!;

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Custojo.Compliance.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Custojo.Compliance.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
