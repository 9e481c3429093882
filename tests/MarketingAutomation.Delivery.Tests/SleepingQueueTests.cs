namespace MarketingAutomation.Delivery.Tests;

/// <summary>The queue of the lanes and SMTP senders: order kept, takers woken, and a clean end.</summary>
public sealed class SleepingQueueTests
{
    [Fact]
    public void Items_come_out_in_order_and_taking_ends_once_adding_is_complete_and_the_queue_empty()
    {
        var queue = new SleepingQueue<int>();
        Assert.True(queue.TryAdd(1));
        Assert.True(queue.TryAdd(2));
        queue.CompleteAdding();

        Assert.False(queue.TryAdd(3));
        Assert.Equal([1, 2], queue.Consume().ToList());
    }

    [Fact]
    public void A_taker_asleep_on_an_empty_queue_wakes_for_each_item_and_for_the_end()
    {
        var queue = new SleepingQueue<int>();
        var taken = new List<int>();
        var taker = new Thread(() => taken.AddRange(queue.Consume()));
        taker.Start();

        Thread.Sleep(50);
        queue.TryAdd(7);
        queue.TryAdd(8);
        queue.CompleteAdding();

        Assert.True(taker.Join(TimeSpan.FromSeconds(10)), "the taker never finished");
        Assert.Equal([7, 8], taken);
    }
}
