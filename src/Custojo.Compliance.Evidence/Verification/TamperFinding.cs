namespace Custojo.Compliance.Evidence.Verification;

/// <summary>
/// The first place the store departs from what was imported: the table (<c>evidence</c> or <c>batches</c>),
/// the row's position (seq), the record id when known, and a sentence saying what happened.
/// </summary>
public sealed record TamperFinding(TamperKind Kind, string Table, long Seq, string? RecordId, string Message);
