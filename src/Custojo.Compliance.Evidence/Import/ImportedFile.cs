namespace Custojo.Compliance.Evidence.Import;

/// <summary>Provenance of one imported file: its name as given, SHA-256, the reader that read it and how many records it held.</summary>
public sealed record ImportedFile(string Name, string Sha256, string Reader, string ReaderVersion, long Records);
