using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Custojo.Compliance.Evidence.Canonical;

/// <summary>
/// SHA-256 for the per-record hashes of import and verification (ids and chain links), a few hundred bytes each,
/// millions of times. Where the OpenSSL 3 library that .NET itself uses on Linux is present, its low-level
/// <c>SHA256_Init/Update/Final</c> digest on a context on the stack: about 0.25 µs for a 220-byte record, against
/// 0.9 µs through a kept <see cref="SHA256"/> instance (each of its calls clears OpenSSL's error queue) or through
/// OpenSSL 3's one-shot <c>SHA256()</c> (which looks the algorithm up on every call). Elsewhere, or should those
/// functions be missing, one kept instance per thread does it. The digests are identical.
/// </summary>
internal static unsafe class RecordSha256
{
    /// <summary>Bytes reserved for OpenSSL's <c>SHA256_CTX</c> (112 bytes in OpenSSL 3).</summary>
    private const int ContextBytes = 256;

    private static readonly OpenSslFunctions? OpenSsl = OpenSslFunctions.Find();

    [ThreadStatic] private static SHA256? _hasher;

    /// <summary>Whether the digests come from OpenSSL's low-level functions (for the tests).</summary>
    public static bool UsesOpenSsl => OpenSsl is not null;

    public static void Hash(ReadOnlySpan<byte> data, Span<byte> digest)
    {
        if (digest.Length < ChainLink.HashSize) throw new ArgumentException("A SHA-256 digest needs 32 bytes.", nameof(digest));
        if (OpenSsl is { } openSsl)
        {
            var context = stackalloc byte[ContextBytes];
            fixed (byte* input = data, output = digest)
            {
                if (openSsl.Init(context) != 1 || openSsl.Update(context, input, (nuint)data.Length) != 1 || openSsl.Final(output, context) != 1)
                    throw new CryptographicException("OpenSSL's SHA-256 failed.");
            }
            return;
        }
        var hasher = _hasher ??= SHA256.Create();
        if (!hasher.TryComputeHash(data, digest, out var written) || written != ChainLink.HashSize)
            throw new CryptographicException("SHA-256 did not produce a 32-byte digest.");
    }

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new byte[ChainLink.HashSize];
        Hash(data, digest);
        return digest;
    }

    private sealed class OpenSslFunctions
    {
        public required delegate* unmanaged<byte*, int> Init { get; init; }

        public required delegate* unmanaged<byte*, byte*, nuint, int> Update { get; init; }

        public required delegate* unmanaged<byte*, byte*, int> Final { get; init; }

        public static OpenSslFunctions? Find() =>
            OperatingSystem.IsLinux()
            && NativeLibrary.TryLoad("libcrypto.so.3", typeof(RecordSha256).Assembly, null, out var library)
            && NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
            && NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
            && NativeLibrary.TryGetExport(library, "SHA256_Final", out var final)
                ? new OpenSslFunctions
                {
                    Init = (delegate* unmanaged<byte*, int>)init,
                    Update = (delegate* unmanaged<byte*, byte*, nuint, int>)update,
                    Final = (delegate* unmanaged<byte*, byte*, int>)final,
                }
                : null;
    }
}
