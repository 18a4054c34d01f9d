using System.Security.Cryptography;
using System.Text;

namespace Custojo.Compliance.Reporting.Oscal;

/// <summary>
/// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same run and name always give the same UUID,
/// so OSCAL output is deterministic and its identifiers are stable across renders.
/// </summary>
internal static class UuidV5
{
    /// <summary>RFC 4122 name space for DNS names.</summary>
    private static readonly Guid DnsNamespace = new("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    /// <summary>Custojo's name space: the v5 UUID of the DNS name custojo.dev.</summary>
    public static Guid Custojo { get; } = Create(DnsNamespace, "custojo.dev");

    public static Guid Create(Guid space, string name)
    {
        Span<byte> input = stackalloc byte[16];
        space.TryWriteBytes(input, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[16 + nameBytes.Length];
        input.CopyTo(buffer);
        nameBytes.CopyTo(buffer, 16);
#pragma warning disable CA5350 // RFC 4122 defines version 5 over SHA-1; this is an identifier, not a security hash.
        var hash = SHA1.HashData(buffer);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
