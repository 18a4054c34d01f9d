using Custojo.Compliance.Engine.Evaluation;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

public sealed class ControlTimingsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("custojo-timings-").FullName;

    [Fact]
    public void The_slowest_controls_of_the_last_run_start_first_and_unknown_ones_keep_their_order()
    {
        var order = ControlTimings.SlowestFirst(["A-01", "A-02", "A-03", "A-04"], new Dictionary<string, double> { ["A-03"] = 2.5, ["A-02"] = 0.1 });

        Assert.Equal([2, 1, 0, 3], order);
    }

    [Fact]
    public void Timings_are_kept_merged_with_those_of_controls_this_run_did_not_evaluate()
    {
        var timings = new ControlTimings(_folder);
        timings.Save(new Dictionary<string, double>(), new Dictionary<string, double> { ["A-01"] = 1.23456, ["A-02"] = 0.5 });

        timings.Save(timings.Load(), new Dictionary<string, double> { ["A-02"] = 3 });

        Assert.Equal(new Dictionary<string, double> { ["A-01"] = 1.235, ["A-02"] = 3 }, timings.Load());
    }

    [Theory]
    [InlineData("{ not a timing }")]
    [InlineData("A-01\t1.5\nA-02\t2.5\n")]
    [InlineData("custojo control timings 1\nA-01\t1.5\n")]
    [InlineData("custojo control timings 1\nA-01\t1.5\nA-02 2.5\nend\n")]
    [InlineData("custojo control timings 1\nA-01\tslow\nend\n")]
    [InlineData("custojo control timings 1\n\t1.5\nend\n")]
    public void A_damaged_or_missing_file_is_no_history(string damaged)
    {
        Assert.Empty(new ControlTimings(_folder).Load());
        Assert.Empty(new ControlTimings(null).Load());
        File.WriteAllText(Path.Combine(_folder, "control-timings.tsv"), damaged);

        Assert.Empty(new ControlTimings(_folder).Load());
    }

    [Fact]
    public void The_file_is_a_line_per_control_in_id_order_and_reads_back_exactly()
    {
        var timings = new ControlTimings(_folder);
        timings.Save(new Dictionary<string, double>(), new Dictionary<string, double> { ["B-01"] = 0.1 + 0.2, ["A-01"] = 1e-4, ["A-02"] = 12.5 });

        Assert.Equal("custojo control timings 1\nA-01\t0\nA-02\t12.5\nB-01\t0.3\nend\n", File.ReadAllText(Path.Combine(_folder, "control-timings.tsv")));
        Assert.Equal(new Dictionary<string, double> { ["A-01"] = 0, ["A-02"] = 12.5, ["B-01"] = 0.3 }, timings.Load());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
