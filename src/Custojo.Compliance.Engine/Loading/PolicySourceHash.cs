using System.Security.Cryptography;
using System.Text;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>
/// The hash a run records for a policy file: SHA-256 over the pack-relative path and normalised text of the file
/// and of every file it <c>#load</c>s, in ordinal order of their paths.
/// </summary>
internal static class PolicySourceHash
{
    public static string Of(IEnumerable<(string Path, string Text)> files)
    {
        var builder = new StringBuilder();
        foreach (var (path, text) in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            builder.Append(path.Replace('\\', '/')).Append('\n').Append(Normalise(text)).Append("\n\u0000\n");
        return Sha256Hex(builder.ToString());
    }

    /// <summary>Without a byte order mark and with LF line ends, so a checkout's line-end setting does not change the hash.</summary>
    public static string Normalise(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
