using Microsoft.Data.Sqlite;

namespace Custojo.Compliance.Evidence.Storage;

/// <summary>Reads and appends rows of the <c>batches</c> table.</summary>
internal static class BatchTable
{
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, BatchRow row)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO batches(seq, imported_at, importer, importer_version, source_label, files,
                                first_record, last_record, new_count, present_count, chain_head, prev_hash, hash)
            VALUES ($seq, $at, $importer, $version, $label, $files, $first, $last, $new, $present, $head, $prev, $hash)
            """;
        command.Parameters.AddWithValue("$seq", row.Seq);
        command.Parameters.AddWithValue("$at", row.ImportedAtTicks);
        command.Parameters.AddWithValue("$importer", row.Importer);
        command.Parameters.AddWithValue("$version", row.ImporterVersion);
        command.Parameters.AddWithValue("$label", (object?)row.SourceLabel ?? DBNull.Value);
        command.Parameters.AddWithValue("$files", row.FilesJson);
        command.Parameters.AddWithValue("$first", (object?)row.FirstRecord ?? DBNull.Value);
        command.Parameters.AddWithValue("$last", (object?)row.LastRecord ?? DBNull.Value);
        command.Parameters.AddWithValue("$new", row.NewCount);
        command.Parameters.AddWithValue("$present", row.PresentCount);
        command.Parameters.AddWithValue("$head", row.ChainHead);
        command.Parameters.AddWithValue("$prev", row.PrevHash);
        command.Parameters.AddWithValue("$hash", row.Hash);
        command.ExecuteNonQuery();
    }

    /// <summary>Every batch in seq order (a store has few: one per import).</summary>
    public static List<BatchRow> All(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, imported_at, importer, importer_version, source_label, files,
                   first_record, last_record, new_count, present_count, chain_head, prev_hash, hash
            FROM batches ORDER BY seq
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<BatchRow>();
        while (reader.Read())
            rows.Add(new BatchRow(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetInt64(7),
                reader.GetInt64(8), reader.GetInt64(9),
                Bytes(reader, 10), Bytes(reader, 11), Bytes(reader, 12)));
        return rows;
    }

    private static byte[] Bytes(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetValue(ordinal) as byte[] ?? [];
}
