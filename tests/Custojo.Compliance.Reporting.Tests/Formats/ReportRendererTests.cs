using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Formats;

public sealed class ReportRendererTests
{
    [Fact]
    public void Bad_input_writes_no_file_at_all()
    {
        var folder = Reports.TempFolder();
        var input = SampleRuns.Input(SampleRuns.Demo() with { TimeZone = "Nowhere/Atlantis" });

        Assert.Throws<ReportInputException>(() => new ReportRenderer(Reports.Clock()).RenderUnsigned(input, folder, ReportFormats.All));

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Rendering_again_replaces_the_files_and_machine_formats_are_identical()
    {
        var folder = Reports.TempFolder();
        var renderer = new ReportRenderer(Reports.Clock());
        var machine = ReportFormats.All.Where(f => f != ReportFormat.Pdf).ToList();

        var first = renderer.RenderUnsigned(SampleRuns.Input(), folder, machine);
        var second = renderer.RenderUnsigned(SampleRuns.Input(), folder, machine);

        Assert.Equal(first.Select(w => w.Sha256), second.Select(w => w.Sha256));
        Assert.Equal(machine.Count, Directory.GetFiles(folder).Length);
    }

    [Fact]
    public void Json_written_to_disk_is_the_results_attached_to_the_pdf()
    {
        var folder = Reports.TempFolder();

        var written = new ReportRenderer(Reports.Clock()).RenderUnsigned(SampleRuns.Input(), folder, [ReportFormat.Pdf, ReportFormat.Json]);

        var json = File.ReadAllBytes(written.Single(w => w.Format == ReportFormat.Json).Path);
        var pdf = File.ReadAllBytes(written.Single(w => w.Format == ReportFormat.Pdf).Path);
        Assert.Equal(json, PdfText.Attachments(pdf)["custojo-results.json"]);
    }
}
