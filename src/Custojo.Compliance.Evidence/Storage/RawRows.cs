using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The rows of a command's query, stepped through SQLitePCL directly, for the reads that go over hundreds of
/// thousands of rows (a check's evidence, verification): Microsoft.Data.Sqlite's reader spends about as much
/// again as SQLite itself in per-column type checks and copies. A column is read straight from SQLite's buffer
/// and converted exactly as SQLite converts it. The command's text, parameters (integers and text) and connection
/// are used as they are; dispose the rows before the connection. Per row it calls SQLite on the statement's raw
/// pointer (<see cref="NativeStatement"/>), holding a reference on the statement's handle until disposed.
/// </summary>
internal sealed class RawRows : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _pointer;
    private bool _referenced;

    public RawRows(SqliteCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        _db = command.Connection?.Handle ?? throw new InvalidOperationException("The command's connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, command.CommandText, out _statement));
        foreach (SqliteParameter parameter in command.Parameters)
        {
            var index = raw.sqlite3_bind_parameter_index(_statement, parameter.ParameterName);
            if (index == 0) throw new InvalidOperationException($"The query has no parameter {parameter.ParameterName}.");
            Check(parameter.Value switch
            {
                long value => raw.sqlite3_bind_int64(_statement, index, value),
                int value => raw.sqlite3_bind_int64(_statement, index, value),
                string value => raw.sqlite3_bind_text(_statement, index, value),
                var other => throw new NotSupportedException($"Parameter {parameter.ParameterName} is a {other?.GetType().Name ?? "null"}; only integers and text are bound."),
            });
        }
        _statement.DangerousAddRef(ref _referenced);
        _pointer = _statement.DangerousGetHandle();
    }

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool Step()
    {
        var code = NativeStatement.Step(_pointer);
        if (code == raw.SQLITE_ROW) return true;
        if (code == raw.SQLITE_DONE) return false;
        throw Error(code);
    }

    public bool IsNull(int column) => NativeStatement.ColumnType(_pointer, column) == raw.SQLITE_NULL;

    public long Int64(int column) => NativeStatement.ColumnInt64(_pointer, column);

    /// <summary>The column's bytes (a text column's UTF-8), valid until the next step.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => NativeStatement.ColumnSpan(_pointer, column);

    public string? Text(int column) => IsNull(column) ? null : System.Text.Encoding.UTF8.GetString(Bytes(column));

    public void Dispose()
    {
        if (_referenced)
        {
            _referenced = false;
            _statement.DangerousRelease();
        }
        _statement.Dispose();
    }

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK) throw Error(code);
    }

    private SqliteException Error(int code) =>
        new($"SQLite error {code} reading evidence: {raw.sqlite3_errmsg(_db).utf8_to_string()}", code);
}
