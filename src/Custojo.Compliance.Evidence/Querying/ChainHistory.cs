using Custojo.Compliance.Evidence.Storage;

namespace Custojo.Compliance.Evidence.Querying;

/// <summary>Whether a chain head (e.g. printed in a signed report) was ever the head of a store after an import.</summary>
public static class ChainHistory
{
    public static bool Contains(string databasePath, string headHex)
    {
        if (string.Equals(headHex, EvidenceQueries.Empty.Hash, StringComparison.OrdinalIgnoreCase)) return true;
        if (!File.Exists(databasePath) || headHex.Length != 64 || !headHex.All(Uri.IsHexDigit)) return false;
        using var connection = EvidenceDatabase.OpenReadOnly(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM batches WHERE chain_head = $head";
        command.Parameters.AddWithValue("$head", Convert.FromHexString(headHex));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
