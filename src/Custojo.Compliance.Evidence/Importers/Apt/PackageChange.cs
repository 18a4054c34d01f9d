namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>One package moved to a version (from another one, for upgrades and downgrades).</summary>
internal sealed record PackageChange(string Package, string? FromVersion, string Version)
{
    /// <summary>The package name without its architecture qualifier (<c>libexpat1:amd64</c> -> <c>libexpat1</c>).</summary>
    public static string NameOf(string qualified)
    {
        var colon = qualified.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? qualified : qualified[..colon];
    }
}
