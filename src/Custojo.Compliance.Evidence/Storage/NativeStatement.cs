using System.Runtime.InteropServices;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The few calls <see cref="RawRows"/> and <see cref="EvidenceInsert"/> make per row, straight into the SQLite library
/// Microsoft.Data.Sqlite loads (<c>e_sqlite3</c>), on the statement's raw pointer. SQLitePCL's own calls take the
/// statement as a SafeHandle, which adds a reference count increment and decrement to each of the ten or so calls a
/// row costs. The caller keeps the statement alive while it uses the pointer.
/// </summary>
internal static unsafe partial class NativeStatement
{
    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_clear_bindings")]
    public static partial int ClearBindings(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    public static partial int Changes(nint database);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    public static partial int BindNull(nint statement, int index);

    /// <summary>Binds bytes SQLite does not copy (<c>SQLITE_STATIC</c>): they must stay pinned until the statement is stepped and reset.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_bind_blob")]
    public static partial int BindPinnedBlob(nint statement, int index, byte* value, int length, nint destructor = 0);

    /// <summary>Binds UTF-8 SQLite does not copy (<c>SQLITE_STATIC</c>): it must stay pinned until the statement is stepped and reset.</summary>
    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    public static partial int BindPinnedText(nint statement, int index, byte* value, int length, nint destructor = 0);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    public static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    public static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    private static partial byte* ColumnBlob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    private static partial int ColumnBytes(nint statement, int column);

    /// <summary>The column's bytes as SQLite holds them (a text column's UTF-8), valid until the next step.</summary>
    public static ReadOnlySpan<byte> ColumnSpan(nint statement, int column)
    {
        // The pointer first, then the length: SQLite's documented order, so no conversion happens in between.
        var bytes = ColumnBlob(statement, column);
        var length = ColumnBytes(statement, column);
        return bytes is null ? [] : new ReadOnlySpan<byte>(bytes, length);
    }
}
