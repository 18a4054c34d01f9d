namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>A table to lay out: columns and rows of cells. Rendered by <see cref="PdfFlow.Table"/>.</summary>
internal sealed class Table(params TableColumn[] columns)
{
    private readonly List<TableCell[]> _rows = [];

    public IReadOnlyList<TableColumn> Columns { get; } = columns;

    public IReadOnlyList<TableCell[]> Rows => _rows;

    public Table Row(params TableCell[] cells)
    {
        if (cells.Length != Columns.Count)
            throw new ArgumentException($"A row of this table has {Columns.Count} cells, not {cells.Length}.", nameof(cells));
        _rows.Add(cells);
        return this;
    }
}
