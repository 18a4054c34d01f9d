namespace Custojo.Compliance.Evidence.Verification;

/// <summary>What verification found was done to a row of the store.</summary>
public enum TamperKind
{
    /// <summary>A row's content or columns changed since import.</summary>
    Edited,
    /// <summary>A row is missing.</summary>
    Deleted,
    /// <summary>A row was added outside an import.</summary>
    Inserted,
    /// <summary>Rows are in a different order than imported.</summary>
    Reordered,
}
