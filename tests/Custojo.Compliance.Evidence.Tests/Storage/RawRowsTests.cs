using Custojo.Compliance.Evidence.Storage;
using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Tests.Storage;

public sealed class RawRowsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public RawRowsTests()
    {
        _connection.Open();
        using var setup = _connection.CreateCommand();
        setup.CommandText = """
            CREATE TABLE t(n INTEGER, s TEXT, b BLOB);
            INSERT INTO t VALUES (1, 'één', x'0102'), (2, NULL, NULL), (3, '42', x'');
            """;
        setup.ExecuteNonQuery();
    }

    [Fact]
    public void Rows_come_back_with_the_command_parameters_bound_and_columns_as_sqlite_converts_them()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT n, s, b FROM t WHERE n >= $from AND n < $to ORDER BY n";
        command.Parameters.AddWithValue("$from", 1L);
        command.Parameters.AddWithValue("$to", 4);
        using var rows = new RawRows(command);

        var read = new List<string>();
        while (rows.Step())
            read.Add($"{rows.Int64(0)} {rows.Text(1) ?? "null"} {Convert.ToHexString(rows.Bytes(2))} {rows.IsNull(2)} {rows.Int64(1)}");

        Assert.Equal(["1 één 0102 False 0", "2 null  True 0", "3 42  False 42"], read);
    }

    [Fact]
    public void A_query_error_names_sqlite_s_message()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT missing FROM t";

        var error = Assert.Throws<SqliteException>(() => new RawRows(command));

        Assert.Contains("no such column: missing", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _connection.Dispose();
}
