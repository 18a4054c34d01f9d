using System.Diagnostics;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>Runs poppler's pdfsig (required: CI installs poppler-utils). It exits 0 even on failure, so callers read its text.</summary>
internal static class Pdfsig
{
    public static string Run(string pdfPath)
    {
        var start = new ProcessStartInfo("pdfsig", [pdfPath]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("pdfsig is not installed: install poppler-utils (apt-get install -y poppler-utils).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }
    }
}
