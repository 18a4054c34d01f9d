using System.Text;

namespace Custojo.Compliance.Reporting.Oscal;

/// <summary>Fits free text into OSCAL's constrained datatypes.</summary>
internal static class OscalText
{
    /// <summary>OSCAL string: non-empty, one line, no leading or trailing whitespace.</summary>
    public static string String(string value)
    {
        var folded = string.Join(' ', value.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return folded.Length == 0 ? "(none)" : folded;
    }

    /// <summary>OSCAL token (an XML NCName): letters, digits, '.', '-', '_', starting with a letter or '_'.</summary>
    public static string Token(string value)
    {
        var token = new StringBuilder(value.Length + 1);
        foreach (var c in value) token.Append(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        if (token.Length == 0 || !(char.IsLetter(token[0]) || token[0] == '_')) token.Insert(0, '_');
        return token.ToString();
    }
}
