namespace Custojo.Compliance.Engine.Tests.Runs;

public sealed class BackgroundWarmUpTests
{
    [Fact]
    public void A_preparation_runs_on_the_thread_pool_and_its_failure_is_left_to_the_call_it_was_for()
    {
        using var failed = new ManualResetEventSlim();
        using var done = new ManualResetEventSlim();
        var caller = Environment.CurrentManagedThreadId;
        var ranOn = 0;

        BackgroundWarmUp.Start(() =>
        {
            try
            {
                throw new InvalidOperationException("the real call meets and reports this");
            }
            finally
            {
                failed.Set();
            }
        });
        BackgroundWarmUp.Start(() =>
        {
            ranOn = Environment.CurrentManagedThreadId;
            done.Set();
        });

        Assert.True(failed.Wait(TimeSpan.FromSeconds(10)));
        Assert.True(done.Wait(TimeSpan.FromSeconds(10)));
        Assert.NotEqual(caller, ranOn);
        Thread.Sleep(200); // an exception escaping to the thread pool would end this test process
    }
}
