using System.Text;

namespace Custojo.Compliance.Evidence.Import.Readers;

/// <summary>
/// Splits a stream into lines of UTF-8 bytes exactly where <see cref="StreamReader.ReadLine"/> splits the decoded
/// text (<c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>), without decoding it: the bytes go to the parser as they are.
/// The terminator bytes are ASCII and never occur inside a multi-byte sequence, so each line decodes to the text
/// <see cref="StreamReader"/> would have returned.
/// </summary>
internal sealed class Utf8Lines(Stream stream)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipLineFeed;

    /// <summary>The UTF-8 byte order mark, which <see cref="StreamReader"/> skips.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>The next line's bytes (without its terminator); false at the end of the stream.</summary>
    public bool TryRead(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            if (_skipLineFeed && _start < _end)
            {
                if (_buffer[_start] == '\n') _start++;
                _skipLineFeed = false;
            }
            var pending = _buffer.AsSpan(_start, _end - _start);
            var at = pending.IndexOfAny((byte)'\n', (byte)'\r');
            if (at >= 0)
            {
                line = pending[..at];
                _start += at + 1;
                _skipLineFeed = pending[at] == '\r';
                return true;
            }
            if (_eof)
            {
                line = pending;
                _start = _end;
                return !pending.IsEmpty;
            }
            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2); // a line longer than the buffer
        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        _end += read;
    }

    /// <summary>True when the line is empty or white space only, as <see cref="string.IsNullOrWhiteSpace"/> judges its text.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var character in line)
        {
            if (character >= 0x80) return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));
            if (!char.IsWhiteSpace((char)character)) return false;
        }
        return true;
    }
}
