namespace Custojo.Compliance.Evidence.Import;

/// <summary>A record that passed validation, in canonical form, with the columns the store indexes.</summary>
internal sealed record ValidatedRecord(byte[] Id, string Kind, long ObservedTicks, string? Subject, string Json);
