namespace Custojo.Compliance.Evidence.Tests.Importers;

/// <summary>The importer samples: copies under Importers/Samples, and the originals in ../shared/samples when present.</summary>
internal static class SampleFiles
{
    private static readonly Lazy<string> RepositoryRoot = new(FindRepositoryRoot);

    /// <summary>The test copy of a sample, e.g. <c>restic/05-snapshots.json</c>.</summary>
    public static string Copy(string relative) =>
        Path.Combine(RepositoryRoot.Value, "tests", "Custojo.Compliance.Evidence.Tests", "Importers", "Samples", relative);

    /// <summary>The folder of the shared originals, or null when this checkout has none.</summary>
    public static string? SharedFolder
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(RepositoryRoot.Value, "..", "shared", "samples"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

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
