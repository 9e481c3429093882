using MarketingAutomation.Runtime.Time;
using static MarketingAutomation.Runtime.Tests.Time.Zones;

namespace MarketingAutomation.Runtime.Tests.Time;

public class RecurrenceTests
{
    [Theory]
    // 2026-06-10 is a Wednesday, 2026-06-12 a Friday.
    [InlineData("Europe/Warsaw", "2026-06-10T08:59:00+02:00", "09:00", false, "2026-06-10T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-10T09:00:00+02:00", "09:00", false, "2026-06-10T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-10T07:00:00Z", "09:00", false, "2026-06-10T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-10T09:00:00.0000001+02:00", "09:00", false, "2026-06-11T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-12T10:00:00+02:00", "09:00", false, "2026-06-13T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-12T08:00:00+02:00", "09:00", true, "2026-06-12T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-12T10:00:00+02:00", "09:00", true, "2026-06-15T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-13T08:00:00+02:00", "09:00", true, "2026-06-15T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-14T23:59:00+02:00", "00:00", true, "2026-06-15T00:00:00+02:00")]
    // Over the spring-forward night: the day is 23 hours long, the offset changes, and 02:30 does not exist.
    [InlineData("Europe/Warsaw", "2026-03-28T10:00:00+01:00", "09:00", false, "2026-03-29T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-03-28T03:00:00+01:00", "02:30", false, "2026-03-29T03:30:00+02:00")]
    // Over the fall-back night 02:30 happens twice: the first counts, so the second is already too late.
    [InlineData("Europe/Warsaw", "2026-10-25T02:10:00+02:00", "02:30", false, "2026-10-25T02:30:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-10-25T02:10:00+01:00", "02:30", false, "2026-10-26T02:30:00+01:00")]
    [InlineData("America/New_York", "2026-03-07T12:00:00-05:00", "09:00", false, "2026-03-08T09:00:00-04:00")]
    [InlineData("Australia/Sydney", "2026-10-03T12:00:00+10:00", "09:00", false, "2026-10-04T09:00:00+11:00")]
    [InlineData("Australia/Adelaide", "2026-04-04T12:00:00+10:30", "09:00", false, "2026-04-05T09:00:00+09:30")]
    [InlineData("Asia/Kolkata", "2026-06-10T03:30:00Z", "09:00", false, "2026-06-10T09:00:00+05:30")]
    // Santiago's clocks skip midnight to 01:00: 00:30 that night becomes 01:30.
    [InlineData("America/Santiago", "2026-09-05T12:00:00-04:00", "00:30", false, "2026-09-06T01:30:00-03:00")]
    public void Next_time_of_day(string zone, string from, string time, bool weekdaysOnly, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.NextTimeOfDay(Moment(from), Clock(time), Get(zone), weekdaysOnly)));

    [Theory]
    // 2026-06-08 is a Monday.
    [InlineData("Monday,Wednesday,Friday", "2026-06-08T17:00:00+02:00", "2026-06-08T18:00:00+02:00")]
    [InlineData("Monday,Wednesday,Friday", "2026-06-08T18:00:00+02:00", "2026-06-08T18:00:00+02:00")]
    [InlineData("Monday,Wednesday,Friday", "2026-06-08T18:01:00+02:00", "2026-06-10T18:00:00+02:00")]
    [InlineData("Monday,Wednesday,Friday", "2026-06-12T19:00:00+02:00", "2026-06-15T18:00:00+02:00")]
    [InlineData("Monday,Wednesday,Friday", "2026-06-13T12:00:00+02:00", "2026-06-15T18:00:00+02:00")]
    [InlineData("Friday,Monday,Friday", "2026-06-09T12:00:00+02:00", "2026-06-12T18:00:00+02:00")]
    [InlineData("Sunday", "2026-06-14T18:00:01+02:00", "2026-06-21T18:00:00+02:00")]
    [InlineData("Saturday,Sunday", "2026-03-27T20:00:00+01:00", "2026-03-28T18:00:00+01:00")]
    [InlineData("Sunday", "2026-03-28T20:00:00+01:00", "2026-03-29T18:00:00+02:00")]
    public void Next_weekly(string days, string from, string expected)
    {
        var dayList = days.Split(',').Select(Enum.Parse<DayOfWeek>).ToArray();
        Assert.Equal(expected, Print(ZonedTime.NextWeekly(dayList, Clock("18:00"), Get("Europe/Warsaw"), Moment(from))));
    }

    [Fact]
    public void Next_weekly_needs_a_day() =>
        Assert.Throws<ArgumentException>(() => ZonedTime.NextWeekly([], Clock("18:00"), TimeZoneInfo.Utc, Moment("2026-06-08T00:00:00Z")));

    [Theory]
    // A 29 February birthday falls on 28 February in common years.
    [InlineData("1992-02-29", "2027-01-01T00:00:00+01:00", "2027-02-28T09:00:00+01:00")]
    [InlineData("1992-02-29", "2027-02-28T09:00:00+01:00", "2027-02-28T09:00:00+01:00")]
    [InlineData("1992-02-29", "2027-02-28T09:01:00+01:00", "2028-02-29T09:00:00+01:00")]
    [InlineData("1992-02-29", "2028-01-01T00:00:00+01:00", "2028-02-29T09:00:00+01:00")]
    [InlineData("1992-02-29", "2028-02-29T10:00:00+01:00", "2029-02-28T09:00:00+01:00")]
    [InlineData("1993-02-28", "2028-02-28T10:00:00+01:00", "2029-02-28T09:00:00+01:00")]
    [InlineData("1985-07-14", "2026-07-14T08:00:00+02:00", "2026-07-14T09:00:00+02:00")]
    [InlineData("1985-07-14", "2026-12-31T23:59:00+01:00", "2027-07-14T09:00:00+02:00")]
    // Late on 31 December in UTC is already New Year in Warsaw.
    [InlineData("1985-01-01", "2026-12-31T23:30:00Z", "2027-01-01T09:00:00+01:00")]
    public void Next_yearly_at_nine_in_warsaw(string anniversary, string from, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.NextYearly(Date(anniversary), Clock("09:00"), Get("Europe/Warsaw"), Moment(from))));

    [Theory]
    [InlineData("Europe/Warsaw", "2000-03-29", "02:30", "2026-01-01T00:00:00+01:00", "2026-03-29T03:30:00+02:00")]
    [InlineData("Australia/Sydney", "2000-04-05", "02:30", "2026-01-01T00:00:00+11:00", "2026-04-05T02:30:00+11:00")]
    [InlineData("Australia/Adelaide", "2000-02-29", "08:00", "2026-01-01T00:00:00+10:30", "2026-02-28T08:00:00+10:30")]
    public void Next_yearly_through_clock_changes(string zone, string anniversary, string time, string from, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.NextYearly(Date(anniversary), Clock(time), Get(zone), Moment(from))));

    [Fact]
    public void Next_yearly_past_year_9999_is_null() =>
        Assert.Null(ZonedTime.NextYearly(Date("2000-01-01"), Clock("09:00"), Get("Europe/Warsaw"), Moment("9999-06-01T00:00:00Z")));

    [Theory]
    [InlineData("Europe/Warsaw", "2026-06-10T09:15:00+02:00", 10, "2026-06-10T10:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-10T10:00:00+02:00", 10, "2026-06-10T10:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-06-10T09:15:00+02:00", 9, "2026-06-11T09:00:00+02:00")]
    [InlineData("Europe/Warsaw", "2026-03-29T01:15:00+01:00", 2, "2026-03-29T03:00:00+02:00")]
    [InlineData("Asia/Kolkata", "2026-06-10T04:30:00Z", 10, "2026-06-10T10:00:00+05:30")]
    [InlineData("Australia/Adelaide", "2026-06-10T00:00:00Z", 10, "2026-06-10T10:00:00+09:30")]
    public void Next_local_hour(string zone, string from, int hour, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.NextLocalHour(Moment(from), hour, Get(zone))));

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void Next_local_hour_rejects_hours_outside_the_day(int hour) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ZonedTime.NextLocalHour(Moment("2026-06-10T00:00:00Z"), hour, TimeZoneInfo.Utc));
}
