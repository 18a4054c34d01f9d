using System.Text;
using Custojo.Compliance.Evidence.Import.Readers;

namespace Custojo.Compliance.Evidence.Tests.Import;

public sealed class Utf8LinesTests : IDisposable
{
    private readonly TempStore _store = new();

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("one\n")]
    [InlineData("one\r\ntwo\rthree\n\nfour")]
    [InlineData("\r\r\n\n\r")]
    [InlineData("ends with cr\r")]
    [InlineData("é ü 中文 🙂\n\u00a0\u2028\n")]
    public void Splits_lines_where_a_stream_reader_splits_them(string text) =>
        Assert.Equal(ReaderLines(Encoding.UTF8.GetBytes(text)), Utf8LinesOf(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Splits_random_text_with_every_terminator_and_lines_across_buffer_boundaries_as_a_stream_reader_does()
    {
        var random = new Random(20261202);
        string[] pieces = ["\n", "\r", "\r\n", "a", "é", "🙂", " ", "\t", "\u00a0", "{\"kind\":\"x\"}"];
        for (var round = 0; round < 50; round++)
        {
            var text = new StringBuilder();
            while (text.Length < 20_000) text.Append(pieces[random.Next(pieces.Length)]);
            if (round % 10 == 0) text.Append('x', 150_000); // one line longer than the buffer
            var bytes = Encoding.UTF8.GetBytes(text.ToString());

            Assert.Equal(ReaderLines(bytes), Utf8LinesOf(bytes));
        }
    }

    [Theory]
    [InlineData("", true)]
    [InlineData(" \t\v\f", true)]
    [InlineData("\u00a0\u2028\u3000", true)]
    [InlineData(" x ", false)]
    [InlineData("\u00a0é", false)]
    public void Calls_a_line_blank_as_string_IsNullOrWhiteSpace_does(string line, bool blank)
    {
        Assert.Equal(blank, Utf8Lines.IsBlank(Encoding.UTF8.GetBytes(line)));
        Assert.Equal(string.IsNullOrWhiteSpace(line), blank);
    }

    [Fact]
    public void An_ndjson_file_with_a_utf8_byte_order_mark_and_crlf_lines_imports()
    {
        var path = Path.Combine(_store.Folder, "bom.ndjson");
        File.WriteAllBytes(path, [.. Utf8Lines.ByteOrderMark, .. Encoding.UTF8.GetBytes(Records.Login(1) + "\r\n\r\n" + Records.Login(2) + "\r\n")]);

        var result = _store.Store.Import([path]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.NewRecords);
    }

    [Fact]
    public void An_ndjson_file_in_utf16_with_its_byte_order_mark_imports_as_before()
    {
        var path = Path.Combine(_store.Folder, "utf16.ndjson");
        File.WriteAllText(path, Records.Login(1) + "\n" + Records.Login(2) + "\n", Encoding.Unicode);

        var result = _store.Store.Import([path], new Evidence.Import.ImportOptions { Format = "ndjson" });

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(2, result.NewRecords);
    }

    [Fact]
    public void A_record_with_bytes_that_are_not_utf8_is_read_as_a_text_reader_decodes_it()
    {
        var path = Path.Combine(_store.Folder, "latin1.ndjson");
        var line = Records.Login(1).Replace("alice", "al\u00ffce", StringComparison.Ordinal);
        File.WriteAllBytes(path, Encoding.Latin1.GetBytes(line + "\n"));

        var result = _store.Store.Import([path]);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["al\ufffdce"], _store.Texts("SELECT json_extract(json, '$.user') FROM evidence"));
    }

    private static List<string> ReaderLines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }

    private static List<string> Utf8LinesOf(byte[] bytes)
    {
        var lines = new Utf8Lines(new MemoryStream(bytes));
        var found = new List<string>();
        while (lines.TryRead(out var line)) found.Add(Encoding.UTF8.GetString(line));
        return found;
    }
}
