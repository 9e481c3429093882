using MarketingAutomation.Cli.Run;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;

namespace MarketingAutomation.Cli.Tests.Run;

/// <summary>Which stretch of time a run covers.</summary>
public sealed class RunScheduleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_run_starts_at_the_earliest_input_and_ends_after_the_last()
    {
        var input = new RunInput(
            [Contact(Monday.AddHours(-1)), Contact(null)],
            [Change(Monday), Change(Monday.AddDays(3))],
            []);

        var schedule = RunSchedule.For(input, TimeSpan.FromDays(30), DateTimeOffset.UnixEpoch);

        Assert.Equal(Monday.AddHours(-1), schedule.Start);
        Assert.Equal(Monday.AddDays(33), schedule.End);
    }

    [Fact]
    public void Without_inputs_the_run_starts_now_to_the_minute()
    {
        var now = new DateTimeOffset(2026, 3, 2, 9, 41, 27, 500, TimeSpan.FromHours(1));

        var schedule = RunSchedule.For(new RunInput([], [], []), TimeSpan.FromDays(1), now);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 41, 0, TimeSpan.Zero), schedule.Start);
        Assert.Equal(schedule.Start.AddDays(1), schedule.End);
    }

    private static ContactInput Contact(DateTimeOffset? at) =>
        new(new ContactRecord(1, "ala", at, new Dictionary<string, object?>()), new TestContact { ContactId = "ala" });

    private static EventInput Change(DateTimeOffset at)
    {
        var values = new Dictionary<string, object?> { ["marketing_consent"] = false };
        return new EventInput(new EventRecord(1, at, "ala", null, values), Stimulus.Changed(values));
    }

    private sealed class TestContact : ContactProfile;
}
