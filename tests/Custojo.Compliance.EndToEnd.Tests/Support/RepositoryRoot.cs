namespace Custojo.Compliance.EndToEnd.Tests.Support;

/// <summary>The folder holding Custojo.Compliance.sln above the test binaries.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Custojo.Compliance.sln"))) return directory.FullName;
        throw new InvalidOperationException($"No Custojo.Compliance.sln above {AppContext.BaseDirectory}.");
    }
}
