using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace Custojo.Compliance.Sdk.Querying;

/// <summary>
/// One instance of each distinct string read into a run's shared records. Evidence repeats the same few
/// user, host, address and service names hundreds of thousands of times; keeping one copy of each is what
/// lets a run hold whole kinds in memory. <see cref="Current"/> is set only while shared records are read.
/// </summary>
internal sealed class StringPool
{
    private const int StackLimit = 256;

    [ThreadStatic] private static StringPool? _current;

    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public static StringPool? Current => _current;

    public static IDisposable Use(StringPool pool)
    {
        var previous = _current;
        _current = pool;
        return new Restore(previous);
    }

    public string Intern(string value) => _strings.GetOrAdd(value, value);

    /// <summary>The pooled copy of the text of <paramref name="utf8"/>, decoded only when it is new.</summary>
    public string Intern(ReadOnlySpan<byte> utf8)
    {
        var rented = utf8.Length > StackLimit ? ArrayPool<char>.Shared.Rent(utf8.Length) : null;
        try
        {
            Span<char> buffer = rented ?? stackalloc char[StackLimit];
            var chars = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
            if (_bySpan.TryGetValue(chars, out var pooled)) return pooled;
            var value = new string(chars);
            return _strings.GetOrAdd(value, value);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private sealed class Restore(StringPool? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
