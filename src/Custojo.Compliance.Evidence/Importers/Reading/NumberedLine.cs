namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>One line of a text input with its 1-based line number.</summary>
internal readonly record struct NumberedLine(int Number, string Text)
{
    public string Location => $"line {Number}";
}
