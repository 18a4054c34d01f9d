using Newtonsoft.Json;

namespace Custojo.Compliance.Evidence.Import.Readers;

/// <summary>Turns Json.NET's reader errors into a message without its own location suffix (the import error carries it).</summary>
internal static class JsonErrors
{
    public static string Describe(JsonReaderException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(", line ", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        message = message.TrimEnd('.', ' ');
        var column = error.LinePosition > 0 ? $" at column {error.LinePosition}" : "";
        return $"Invalid JSON{column}: {message}. Fix the syntax (a JSON validator or `jq .` shows the spot).";
    }
}
