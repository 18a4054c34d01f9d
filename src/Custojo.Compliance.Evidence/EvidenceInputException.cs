namespace Custojo.Compliance.Evidence;

/// <summary>
/// Bad input the store cannot work with (a missing file, an unknown format, a database from a newer
/// version). The CLI maps it to exit code 2. Messages say what is wrong, where, and how to fix it.
/// </summary>
public sealed class EvidenceInputException : InputException
{
    public EvidenceInputException(string message) : base(message) { }

    public EvidenceInputException(string message, Exception inner) : base(message, inner) { }

    public static EvidenceInputException FileNotFound(string path) =>
        new($"Evidence file '{path}' does not exist. Check the path (relative paths are taken from the current folder).");

    public static EvidenceInputException UnknownFormat(string format, IEnumerable<string> known) =>
        new($"Unknown evidence format '{format}'. Use one of: auto, {string.Join(", ", known)}.");

    public static EvidenceInputException UnrecognisedContent(string path, IEnumerable<string> known) =>
        new($"Cannot tell the format of '{path}' from its content. Name it with --format (one of: {string.Join(", ", known)}).");

    public static EvidenceInputException UnknownKind(string kind) =>
        new($"Unknown evidence kind '{kind}'. Run `custojo evidence kinds` to list the kinds.");

    public static EvidenceInputException NewerSchema(string module, long found, int known) =>
        new($"The database's '{module}' schema is at version {found}, newer than the {known} this custojo knows. Use a newer custojo for this workspace.");

    public static EvidenceInputException NoDatabase(string path) =>
        new($"No evidence store at '{path}'. Create one with `custojo init` or import evidence first.");

    public static EvidenceInputException Unreadable(string location, string expected) =>
        new($"{location}: {expected}");
}
