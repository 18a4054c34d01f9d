namespace Custojo.Compliance.EndToEnd.Tests.Support;

/// <summary>A folder that is removed with the test.</summary>
internal sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("custojo-e2e-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished process: the OS temp cleaner takes it.
        }
    }
}
