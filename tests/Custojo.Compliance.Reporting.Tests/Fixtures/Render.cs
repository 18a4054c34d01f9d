using System.Text;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>Renders one machine-readable format to bytes or text.</summary>
internal static class Render
{
    public static byte[] Bytes(ReportFormat format, ReportInput input)
    {
        using var buffer = new MemoryStream();
        ReportFormats.Write(format, input, buffer);
        return buffer.ToArray();
    }

    public static string Text(ReportFormat format, ReportInput input) => Encoding.UTF8.GetString(Bytes(format, input));
}
