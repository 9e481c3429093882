using MarketingAutomation.Runtime.Time;
using static MarketingAutomation.Runtime.Tests.Time.Zones;

namespace MarketingAutomation.Runtime.Tests.Time;

public class QuietHoursTests
{
    private static QuietHours Window(string from, string to, bool utc = false) => new(Clock(from), Clock(to), utc);

    [Theory]
    // Over midnight: 21:00 is inside, 08:00 is not.
    [InlineData("21:00", "08:00", "2026-06-10T20:59:00+02:00", false)]
    [InlineData("21:00", "08:00", "2026-06-10T21:00:00+02:00", true)]
    [InlineData("21:00", "08:00", "2026-06-10T23:59:59+02:00", true)]
    [InlineData("21:00", "08:00", "2026-06-11T00:00:00+02:00", true)]
    [InlineData("21:00", "08:00", "2026-06-11T07:59:59+02:00", true)]
    [InlineData("21:00", "08:00", "2026-06-11T08:00:00+02:00", false)]
    [InlineData("21:00", "08:00", "2026-06-11T12:00:00+02:00", false)]
    // Within one day.
    [InlineData("12:00", "14:00", "2026-06-11T11:59:00+02:00", false)]
    [InlineData("12:00", "14:00", "2026-06-11T12:00:00+02:00", true)]
    [InlineData("12:00", "14:00", "2026-06-11T13:59:00+02:00", true)]
    [InlineData("12:00", "14:00", "2026-06-11T14:00:00+02:00", false)]
    [InlineData("12:00", "14:00", "2026-06-11T22:00:00+02:00", false)]
    // The moment's own offset is irrelevant: 19:30Z is 21:30 in Warsaw.
    [InlineData("21:00", "08:00", "2026-06-10T19:30:00Z", true)]
    // Equal ends make no window.
    [InlineData("08:00", "08:00", "2026-06-11T08:00:00+02:00", false)]
    public void In_quiet_hours_in_warsaw(string from, string to, string moment, bool expected) =>
        Assert.Equal(expected, ZonedTime.InQuietHours(Moment(moment), Window(from, to), Get("Europe/Warsaw")));

    [Theory]
    [InlineData("2026-06-10T22:30:00+02:00", false, true)]
    [InlineData("2026-06-10T22:30:00+02:00", true, false)]
    [InlineData("2026-06-11T07:30:00+02:00", false, true)]
    [InlineData("2026-06-11T09:30:00+02:00", true, true)]
    [InlineData("2026-06-11T10:00:00+02:00", true, false)]
    public void Utc_windows_read_the_utc_clock(string moment, bool utc, bool expected) =>
        Assert.Equal(expected, ZonedTime.InQuietHours(Moment(moment), Window("21:00", "08:00", utc), Get("Europe/Warsaw")));

    [Theory]
    [InlineData("Europe/Warsaw", "21:00", "08:00", "2026-06-10T20:00:00+02:00", "2026-06-10T20:00:00+02:00")]
    [InlineData("Europe/Warsaw", "21:00", "08:00", "2026-06-10T21:00:00+02:00", "2026-06-11T08:00:00+02:00")]
    [InlineData("Europe/Warsaw", "21:00", "08:00", "2026-06-11T03:00:00+02:00", "2026-06-11T08:00:00+02:00")]
    [InlineData("Europe/Warsaw", "21:00", "08:00", "2026-06-11T08:00:00+02:00", "2026-06-11T08:00:00+02:00")]
    [InlineData("Europe/Warsaw", "12:00", "14:00", "2026-06-11T13:00:00+02:00", "2026-06-11T14:00:00+02:00")]
    // Over the clock changes: the nights are 10 and 12 hours long, and the offset at the end differs from the start.
    [InlineData("Europe/Warsaw", "21:00", "08:00", "2026-03-28T22:00:00+01:00", "2026-03-29T08:00:00+02:00")]
    [InlineData("Europe/Warsaw", "21:00", "08:00", "2026-10-24T23:00:00+02:00", "2026-10-25T08:00:00+01:00")]
    [InlineData("America/New_York", "21:00", "08:00", "2026-11-01T01:30:00-05:00", "2026-11-01T08:00:00-05:00")]
    [InlineData("Australia/Adelaide", "21:00", "08:00", "2026-10-03T23:00:00+09:30", "2026-10-04T08:00:00+10:30")]
    // A window ending in the repeated hour: in its second pass, the window ends when the clock shows 02:30 again.
    [InlineData("Europe/Warsaw", "22:00", "02:30", "2026-10-25T02:10:00+02:00", "2026-10-25T02:30:00+02:00")]
    [InlineData("Europe/Warsaw", "22:00", "02:30", "2026-10-25T02:10:00+01:00", "2026-10-25T02:30:00+01:00")]
    // A window ending in the skipped hour ends as At moves that time: 02:30 becomes 03:30.
    [InlineData("Europe/Warsaw", "22:00", "02:30", "2026-03-29T01:30:00+01:00", "2026-03-29T03:30:00+02:00")]
    // ... unless that lands back inside a nearly all-day window: then it ends the next day.
    [InlineData("Europe/Warsaw", "02:40", "02:30", "2026-03-29T01:00:00+01:00", "2026-03-30T02:30:00+02:00")]
    public void Out_of_quiet_hours(string zone, string from, string to, string moment, string expected) =>
        Assert.Equal(expected, Print(ZonedTime.OutOfQuietHours(Moment(moment), Window(from, to), Get(zone))));

    [Fact]
    public void A_utc_window_ends_at_utc_to_written_in_the_contacts_zone() =>
        Assert.Equal(
            "2026-06-11T10:00:00+02:00",
            Print(ZonedTime.OutOfQuietHours(Moment("2026-06-11T00:00:00+02:00"), Window("21:00", "08:00", utc: true), Get("Europe/Warsaw"))));
}
