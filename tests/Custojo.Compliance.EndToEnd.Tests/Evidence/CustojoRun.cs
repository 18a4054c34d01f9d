using System.Diagnostics;

namespace Custojo.Compliance.EndToEnd.Tests.Evidence;

/// <summary>Runs the real custojo binary (built beside the tests) in a folder, capturing exit code, stdout and stderr.</summary>
internal sealed record CustojoRun(int Exit, string Out, string Err)
{
    public static CustojoRun In(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "custojo.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["CUSTOJO_NOW"] = "2026-11-24T12:00:00Z";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"custojo {string.Join(' ', args)} did not finish in 2 minutes.");
        }
        return new CustojoRun(process.ExitCode, output.Result, error.Result);
    }

    public override string ToString() => $"exit {Exit}\n--- stdout\n{Out}\n--- stderr\n{Err}";
}
