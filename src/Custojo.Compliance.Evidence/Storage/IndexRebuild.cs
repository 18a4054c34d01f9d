namespace Custojo.Compliance.Evidence.Storage;

/// <summary>Which of the evidence table's indexes an import builds again after its inserts instead of maintaining them per record.</summary>
internal enum IndexRebuild
{
    None,

    /// <summary>The two query indexes; the unique id index is maintained and answers "already present".</summary>
    QueryIndexes,

    /// <summary>Every index; the import finds repeated ids with an <see cref="Import.IdSet"/> of its own.</summary>
    All,
}
