namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>A table column: its header and its share of the table width (shares are normalised).</summary>
internal sealed record TableColumn(string Title, double Share);
