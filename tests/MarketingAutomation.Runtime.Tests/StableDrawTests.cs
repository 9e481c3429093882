namespace MarketingAutomation.Runtime.Tests;

public class StableDrawTests
{
    private const int Contacts = 100_000;

    private static IEnumerable<string> ContactIds() => Enumerable.Range(1, Contacts).Select(i => $"c{i}");

    [Fact]
    public void Same_inputs_give_the_same_draw() =>
        Assert.Equal(StableDraw.Of("c42", "welcome", "subject_test"), StableDraw.Of(string.Concat("c", "42"), "welcome", "subject_test"));

    [Fact]
    public void Draws_are_pinned_across_processes_and_versions()
    {
        // A change here reassigns every contact in every running split: only ever on purpose.
        // The values were checked against an independent implementation of the same hash.
        Assert.Equal(0.6620038374032644, StableDraw.Of("c42", "welcome", "subject_test"));
        Assert.Equal(0.9160875052385774, StableDraw.Of("", "", ""));
        Assert.Equal(0.1309549956713848, StableDraw.Of("żółw🐢", "welcome", "split"));
    }

    [Fact]
    public void Draws_are_in_the_unit_interval()
    {
        foreach (var id in ContactIds())
        {
            Assert.InRange(StableDraw.Of(id, "welcome", "split"), 0.0, Math.BitDecrement(1.0));
        }
    }

    [Fact]
    public void The_strings_are_kept_apart()
    {
        // Without the lengths, these would all hash the same run of characters.
        var draws = new[]
        {
            StableDraw.Of("ab", "c", "d"),
            StableDraw.Of("a", "bc", "d"),
            StableDraw.Of("a", "b", "cd"),
            StableDraw.Of("abc", "", "d"),
        };
        Assert.Equal(draws.Length, draws.Distinct().Count());
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.1)]
    [InlineData(0.9)]
    public void A_split_lands_within_a_point_of_its_share(double share)
    {
        var inside = ContactIds().Count(id => StableDraw.Of(id, "welcome", "holdout") < share);
        Assert.InRange((double)inside / Contacts, share - 0.01, share + 0.01);
    }

    [Fact]
    public void A_three_way_split_lands_within_a_point_of_each_share()
    {
        var counts = new int[3];
        foreach (var id in ContactIds())
        {
            var draw = StableDraw.Of(id, "welcome", "channel_test");
            counts[draw < 0.2 ? 0 : draw < 0.5 ? 1 : 2]++;
        }

        Assert.InRange(counts[0] / (double)Contacts, 0.19, 0.21);
        Assert.InRange(counts[1] / (double)Contacts, 0.29, 0.31);
        Assert.InRange(counts[2] / (double)Contacts, 0.49, 0.51);
    }

    [Theory]
    [InlineData("welcome", "subject_test", "welcome", "send_time_test")]
    [InlineData("welcome", "split", "winback", "split")]
    [InlineData("welcome", "split_1", "welcome", "split_2")]
    public void Different_splits_draw_independently(string journeyA, string splitA, string journeyB, string splitB)
    {
        var agree = ContactIds().Count(id => StableDraw.Of(id, journeyA, splitA) < 0.5 == StableDraw.Of(id, journeyB, splitB) < 0.5);
        Assert.InRange((double)agree / Contacts, 0.49, 0.51);
    }

    [Fact]
    public void Drawing_allocates_nothing()
    {
        StableDraw.Of("c1", "welcome", "split");
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            StableDraw.Of("c1", "welcome", "split");
        }

        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
