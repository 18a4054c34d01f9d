using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>
/// The prepared insert of one evidence row, driven on SQLite's raw pointers (<see cref="NativeStatement"/>): the
/// values are bound without copies while pinned for the one step, which is what an import of a million records
/// pays for per row. With <c>ignoreRepeatedIds</c> a row whose id is stored already is skipped (the unique id
/// index must exist).
/// </summary>
internal sealed unsafe class EvidenceInsert : IDisposable
{
    private const int StackSubjectBytes = 256;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly nint _statementPointer;
    private readonly nint _dbPointer;
    private bool _statementReferenced;
    private bool _dbReferenced;

    public EvidenceInsert(SqliteConnection connection, bool ignoreRepeatedIds)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, ignoreRepeatedIds
            ? """
              INSERT INTO evidence(seq, id, kind, observed_at, subject, batch, json, chain)
              VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
              ON CONFLICT(id) DO NOTHING
              """
            : "INSERT INTO evidence(seq, id, kind, observed_at, subject, batch, json, chain) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            out _statement));
        _statement.DangerousAddRef(ref _statementReferenced);
        _statementPointer = _statement.DangerousGetHandle();
        _db.DangerousAddRef(ref _dbReferenced);
        _dbPointer = _db.DangerousGetHandle();
    }

    /// <summary>Inserts one row; false when its id was stored already and the row was skipped.</summary>
    public bool Insert(long seq, ReadOnlySpan<byte> id, ReadOnlySpan<byte> kind, long observedTicks, string? subject, long batch, ReadOnlySpan<byte> json, ReadOnlySpan<byte> chain)
    {
        var subjectLength = subject is null ? 0 : Encoding.UTF8.GetByteCount(subject);
        var subjectUtf8 = subjectLength <= StackSubjectBytes ? stackalloc byte[StackSubjectBytes] : new byte[subjectLength];
        if (subject is not null) Encoding.UTF8.GetBytes(subject, subjectUtf8);
        var statement = _statementPointer;
        fixed (byte* idBytes = id, kindBytes = kind, subjectBytes = subjectUtf8, jsonBytes = json, chainBytes = chain)
        {
            try
            {
                Check(NativeStatement.BindInt64(statement, 1, seq));
                Check(NativeStatement.BindPinnedBlob(statement, 2, idBytes, id.Length));
                Check(NativeStatement.BindPinnedText(statement, 3, kindBytes, kind.Length));
                Check(NativeStatement.BindInt64(statement, 4, observedTicks));
                Check(subject is null ? NativeStatement.BindNull(statement, 5) : NativeStatement.BindPinnedText(statement, 5, subjectBytes, subjectLength));
                Check(NativeStatement.BindInt64(statement, 6, batch));
                Check(NativeStatement.BindPinnedText(statement, 7, jsonBytes, json.Length));
                Check(NativeStatement.BindPinnedBlob(statement, 8, chainBytes, chain.Length));
                Check(NativeStatement.Step(statement));
            }
            finally
            {
                // Null the pinned values before they are unpinned, so nothing can read them afterwards.
                NativeStatement.Reset(statement);
                NativeStatement.ClearBindings(statement);
            }
        }
        return NativeStatement.Changes(_dbPointer) != 0;
    }

    public void Dispose()
    {
        if (_statementReferenced)
        {
            _statementReferenced = false;
            _statement.DangerousRelease();
        }
        if (_dbReferenced)
        {
            _dbReferenced = false;
            _db.DangerousRelease();
        }
        _statement.Dispose();
    }

    private void Check(int code)
    {
        if (code is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException($"SQLite error {code} inserting evidence: {raw.sqlite3_errmsg(_db).utf8_to_string()}", code);
    }
}
