using System.Text;

namespace Custojo.Compliance.Evidence.Verification;

/// <summary>
/// The kind names met while reading rows in chain order, each decoded from UTF-8 once: a store holds a few dozen
/// kinds over up to millions of rows, mostly in runs of one kind. Not thread-safe; one per reader.
/// </summary>
internal sealed class KindNames
{
    private readonly List<(byte[] Utf8, string Name)> _known = [];
    private int _last;

    public string Of(ReadOnlySpan<byte> utf8)
    {
        if (_known.Count > 0 && utf8.SequenceEqual(_known[_last].Utf8)) return _known[_last].Name;
        for (var i = 0; i < _known.Count; i++)
        {
            if (!utf8.SequenceEqual(_known[i].Utf8)) continue;
            _last = i;
            return _known[i].Name;
        }
        _known.Add((utf8.ToArray(), Encoding.UTF8.GetString(utf8)));
        _last = _known.Count - 1;
        return _known[_last].Name;
    }
}
