using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Formats;

public sealed class DeterminismTests
{
    public static TheoryData<ReportFormat> MachineFormats => [.. ReportFormats.All.Where(f => f != ReportFormat.Pdf)];

    [Theory]
    [MemberData(nameof(MachineFormats))]
    public void Every_machine_format_is_byte_identical_for_the_same_run(ReportFormat format)
    {
        var first = Render.Bytes(format, SampleRuns.Input());
        var second = Render.Bytes(format, SampleRuns.Input());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(MachineFormats))]
    public void Output_does_not_depend_on_the_order_of_results_in_the_run(ReportFormat format)
    {
        var run = SampleRuns.Demo();
        var shuffled = run with { Results = [.. run.Results.Reverse()] };

        Assert.Equal(Render.Bytes(format, SampleRuns.Input(run)), Render.Bytes(format, SampleRuns.Input(shuffled)));
    }

    [Theory]
    [MemberData(nameof(MachineFormats))]
    public void No_machine_format_shows_earlier_runs_so_a_check_need_not_read_them(ReportFormat format)
    {
        var input = SampleRuns.Input();

        Assert.NotEmpty(input.History);
        Assert.Equal(Render.Bytes(format, input), Render.Bytes(format, input with { History = [] }));
    }

    [Fact]
    public void Format_names_round_trip_and_give_file_names()
    {
        foreach (var format in ReportFormats.All)
        {
            Assert.True(ReportFormats.TryParse(ReportFormats.Name(format), out var parsed));
            Assert.Equal(format, parsed);
        }
        Assert.False(ReportFormats.TryParse("docx", out _));
        Assert.Equal("custojo-report-run_1.junit.xml", ReportFormats.FileName(ReportFormat.JUnit, "run/1"));
    }
}
