using MarketingAutomation.LanguageServer.Workspaces;

namespace MarketingAutomation.LanguageServer.Tests.Workspaces;

public sealed class CoalescingBuildsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Everyone_asking_for_one_stamp_shares_one_build()
    {
        var count = 0;
        var builds = new CoalescingBuilds<int>(stamp =>
        {
            Interlocked.Increment(ref count);
            return stamp;
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => builds.GetAsync()));

        Assert.All(results, r => Assert.Equal(0, r));
        Assert.Equal(1, count);
    }

    [Fact]
    public async Task Changes_made_during_a_build_are_coalesced_into_one_build_after_it()
    {
        using var release = new ManualResetEventSlim();
        var running = 0;
        var overlapped = false;
        var started = new List<int>();
        var builds = new CoalescingBuilds<int>(stamp =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            lock (started)
            {
                started.Add(stamp);
            }

            if (stamp == 0)
            {
                release.Wait(Patience);
            }

            Interlocked.Decrement(ref running);
            return stamp;
        });

        var first = builds.GetAsync();
        var waiting = new List<Task<int>>();
        for (var i = 0; i < 3; i++)
        {
            builds.Invalidate();
            waiting.Add(builds.GetAsync());
        }

        release.Set();

        Assert.Equal(0, await first.WaitAsync(Patience));
        Assert.All(await Task.WhenAll(waiting).WaitAsync(Patience), r => Assert.Equal(3, r));
        Assert.Equal([0, 3], started);
        Assert.False(overlapped);
    }

    [Fact]
    public async Task A_queued_build_answers_for_changes_made_while_it_waited()
    {
        using var release = new ManualResetEventSlim();
        var builds = new CoalescingBuilds<int>(stamp =>
        {
            if (stamp == 0)
            {
                release.Wait(Patience);
            }

            return stamp;
        });

        _ = builds.GetAsync();
        builds.Invalidate();
        var queued = builds.GetAsync();
        builds.Invalidate();
        release.Set();

        // Built from the text as it was when the build started: newer than asked for, never older.
        Assert.Equal(2, await queued.WaitAsync(Patience));
        Assert.Equal(2, await builds.GetAsync().WaitAsync(Patience));
    }

    [Fact]
    public async Task A_failed_build_is_tried_again()
    {
        var attempts = 0;
        var builds = new CoalescingBuilds<int>(stamp => Interlocked.Increment(ref attempts) == 1 ? throw new IOException("busy") : stamp);

        await Assert.ThrowsAsync<IOException>(() => builds.GetAsync());

        Assert.Equal(0, await builds.GetAsync().WaitAsync(Patience));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task A_failed_build_does_not_hold_up_the_one_queued_behind_it()
    {
        using var release = new ManualResetEventSlim();
        var builds = new CoalescingBuilds<int>(stamp =>
        {
            if (stamp == 0)
            {
                release.Wait(Patience);
                throw new IOException("gone");
            }

            return stamp;
        });

        var failing = builds.GetAsync();
        builds.Invalidate();
        var queued = builds.GetAsync();
        release.Set();

        await Assert.ThrowsAsync<IOException>(() => failing);
        Assert.Equal(1, await queued.WaitAsync(Patience));
    }
}
