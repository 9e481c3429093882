using MarketingAutomation.Runtime.Time;
using static MarketingAutomation.Runtime.Tests.Time.Zones;

namespace MarketingAutomation.Runtime.Tests.Time;

public class AtTests
{
    [Theory]
    // Europe/Warsaw, spring forward 2026-03-29 02:00 → 03:00: times in the gap move forward by one hour.
    [InlineData("Europe/Warsaw", "2026-03-29", "01:59", "2026-03-29T01:59:00+01:00")]
    [InlineData("Europe/Warsaw", "2026-03-29", "02:00", "2026-03-29T03:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-03-29", "02:30", "2026-03-29T03:30:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-03-29", "02:59", "2026-03-29T03:59:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-03-29", "03:00", "2026-03-29T03:00:00+02:00")]
    // Europe/Warsaw, fall back 2026-10-25 03:00 → 02:00: 02:00–02:59 happens twice; the first counts.
    [InlineData("Europe/Warsaw", "2026-10-25", "01:59", "2026-10-25T01:59:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-10-25", "02:00", "2026-10-25T02:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-10-25", "02:30", "2026-10-25T02:30:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-10-25", "03:00", "2026-10-25T03:00:00+01:00")]
    [InlineData("Europe/Warsaw", "2026-07-01", "12:00", "2026-07-01T12:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-01-01", "12:00", "2026-01-01T12:00:00+01:00")]
    // America/New_York: 2026-03-08 02:00 → 03:00 and 2026-11-01 02:00 → 01:00.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T03:30:00-04:00")]
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T01:30:00-04:00")]
    [InlineData("America/New_York", "2026-11-01", "02:00", "2026-11-01T02:00:00-05:00")]
    // Australia/Sydney, southern hemisphere: summer time ends 2026-04-05 03:00 → 02:00, starts 2026-10-04 02:00 → 03:00.
    [InlineData("Australia/Sydney", "2026-01-15", "09:00", "2026-01-15T09:00:00+11:00")]
    [InlineData("Australia/Sydney", "2026-04-05", "02:30", "2026-04-05T02:30:00+11:00")]
    [InlineData("Australia/Sydney", "2026-04-05", "03:00", "2026-04-05T03:00:00+10:00")]
    [InlineData("Australia/Sydney", "2026-10-04", "02:30", "2026-10-04T03:30:00+11:00")]
    // Half-hour offsets: Adelaide +09:30/+10:30 with DST; Kolkata +05:30 without.
    [InlineData("Australia/Adelaide", "2026-10-04", "02:15", "2026-10-04T03:15:00+10:30")]
    [InlineData("Australia/Adelaide", "2026-04-05", "02:45", "2026-04-05T02:45:00+10:30")]
    [InlineData("Australia/Adelaide", "2026-07-01", "08:00", "2026-07-01T08:00:00+09:30")]
    [InlineData("Asia/Kolkata", "2026-03-29", "02:30", "2026-03-29T02:30:00+05:30")]
    // Lord Howe moves its clocks by half an hour, so its gap is half an hour long.
    [InlineData("Australia/Lord_Howe", "2026-10-04", "02:15", "2026-10-04T02:45:00+11:00")]
    // Samoa skipped 2011-12-30 entirely: the whole day's gap is 24 hours.
    [InlineData("Pacific/Apia", "2011-12-30", "12:00", "2011-12-31T12:00:00+14:00")]
    [InlineData("UTC", "2026-03-29", "02:30", "2026-03-29T02:30:00+00:00")]
    public void Maps_a_wall_clock_time_to_an_instant(string zone, string date, string time, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.At(Date(date), Clock(time), Get(zone))));

    [Theory]
    [InlineData("Europe/Warsaw", "2026-03-29", "2026-03-29T00:00:00+01:00")]
    [InlineData("America/New_York", "2026-11-01", "2026-11-01T00:00:00-04:00")]
    [InlineData("Asia/Kolkata", "2026-02-28", "2026-02-28T00:00:00+05:30")]
    // Chile moves its clocks at midnight: on 2026-09-06 the day starts at 01:00.
    [InlineData("America/Santiago", "2026-09-06", "2026-09-06T01:00:00-03:00")]
    public void Start_of_day_is_local_midnight_or_the_first_moment_of_the_day(string zone, string date, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.StartOfDay(Date(date), Get(zone))));

    [Theory]
    [InlineData("2026-10-25T00:30:00Z", "Europe/Warsaw", "2026-10-25", "02:30")]
    [InlineData("2026-10-25T01:30:00Z", "Europe/Warsaw", "2026-10-25", "02:30")]
    [InlineData("2026-03-28T23:30:00Z", "Europe/Warsaw", "2026-03-29", "00:30")]
    [InlineData("2026-06-30T20:00:00Z", "Asia/Kolkata", "2026-07-01", "01:30")]
    [InlineData("2026-06-30T20:00:00Z", "America/New_York", "2026-06-30", "16:00")]
    [InlineData("2026-06-30T20:00:00Z", "Australia/Adelaide", "2026-07-01", "05:30")]
    public void Local_date_and_time_read_the_zones_clock(string moment, string zone, string date, string time)
    {
        Assert.Equal(Date(date), ZonedTime.LocalDate(Moment(moment), Get(zone)));
        Assert.Equal(Clock(time), ZonedTime.LocalTime(Moment(moment), Get(zone)));
    }

    [Fact]
    public void Instants_past_the_representable_range_throw() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ZonedTime.At(DateOnly.MaxValue, new TimeOnly(23, 0), Get("America/New_York")));
}
