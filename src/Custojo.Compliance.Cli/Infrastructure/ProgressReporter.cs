using Custojo.Compliance.Engine.Evaluation;
using Spectre.Console;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>Shows evaluation progress on a terminal; does nothing when stderr is redirected or --quiet is set.</summary>
internal static class ProgressReporter
{
    public static T Run<T>(string title, Func<IProgress<EvaluationProgress>?, T> work)
    {
        if (!Output.ShowsProgress) return work(null);
        T result = default!;
        Output.Messages.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                var progress = new Progress<EvaluationProgress>(p =>
                {
                    if (!tasks.TryGetValue(p.Stage, out var task)) tasks[p.Stage] = task = context.AddTask($"{title}: {p.Stage}", maxValue: p.Total);
                    task.Value = p.Done;
                });
                result = work(progress);
            });
        return result;
    }
}
