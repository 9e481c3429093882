using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Tests.Time;

/// <summary>
/// <see cref="ZonedTime.OnClock"/> reads offsets from remembered days instead of asking the zone;
/// every reading must still be the runtime's own (<see cref="TimeZoneInfo.ConvertTime(DateTimeOffset, TimeZoneInfo)"/>).
/// </summary>
public class OnClockTests
{
    private static readonly DateTime FirstDay = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime LastDay = new(2100, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_day_of_two_centuries_reads_as_the_runtime_reads_it_in_either_order()
    {
        foreach (var zone in Zones.Awkward.Select(Zones.Get))
        {
            // Forwards, then backwards: the second pass finds slots other days have taken since.
            var days = Days().ToList();
            foreach (var pass in new[] { days, Enumerable.Reverse(days).ToList() })
            {
                var random = new Random(7);
                foreach (var day in pass)
                {
                    var within = day.AddTicks(random.NextInt64(TimeSpan.TicksPerDay));
                    AssertReadsAsRuntime(within, zone);
                    AssertReadsAsRuntime(day, zone);
                    AssertReadsAsRuntime(day.AddDays(1).AddTicks(-1), zone);
                }
            }
        }
    }

    [Fact]
    public void Every_minute_of_a_day_the_clocks_change_reads_as_the_runtime_reads_it()
    {
        var changeDays = 0;
        foreach (var zone in Zones.Awkward.Select(Zones.Get))
        {
            foreach (var day in Days().Where(day => day.Year is >= 1990 and <= 2040))
            {
                if (zone.GetUtcOffset(day) == zone.GetUtcOffset(day.AddDays(1).AddTicks(-1)))
                {
                    continue;
                }

                changeDays++;
                for (var minute = 0; minute < 24 * 60; minute++)
                {
                    var at = day.AddMinutes(minute);
                    AssertReadsAsRuntime(at, zone);
                    AssertReadsAsRuntime(at.AddTicks(-1), zone);
                }
            }
        }

        // The zones change their clocks twice a year in most of those years; far fewer would mean
        // the days above were not found, and the test checked nothing.
        Assert.True(changeDays > 800, $"only {changeDays} days with a change of offset");
    }

    [Theory]
    [InlineData("Pacific/Apia")]
    [InlineData("Pacific/Chatham")]
    [InlineData("America/St_Johns")]
    public void The_ends_of_the_range_are_clamped_as_the_runtime_clamps_them(string id)
    {
        var zone = Zones.Get(id);
        foreach (var moment in new[] { DateTimeOffset.MinValue, DateTimeOffset.MaxValue, DateTimeOffset.MinValue.AddHours(3), DateTimeOffset.MaxValue.AddHours(-3) })
        {
            AssertReadsAsRuntime(moment, zone);
        }
    }

    private static IEnumerable<DateTime> Days()
    {
        for (var day = FirstDay; day <= LastDay; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    private static void AssertReadsAsRuntime(DateTime utc, TimeZoneInfo zone) =>
        AssertReadsAsRuntime(new DateTimeOffset(utc, TimeSpan.Zero), zone);

    private static void AssertReadsAsRuntime(DateTimeOffset moment, TimeZoneInfo zone)
    {
        var expected = TimeZoneInfo.ConvertTime(moment, zone);
        var actual = ZonedTime.OnClock(moment, zone);
        if (expected.DateTime != actual.DateTime || expected.Offset != actual.Offset)
        {
            Assert.Fail($"{zone.Id} at {moment:O}: the runtime reads {expected:O}, OnClock {actual:O}");
        }
    }
}
