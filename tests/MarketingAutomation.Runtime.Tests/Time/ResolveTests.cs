using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Tests.Time;

public class ResolveTests
{
    [Theory]
    [InlineData("Europe/Warsaw")]
    [InlineData("America/New_York")]
    [InlineData("Australia/Adelaide")]
    public void Known_ids_give_their_zone(string id) => Assert.Equal(id, ZonedTime.Resolve(id).Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("Europe/Warsaw ")]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/localtime")]
    [InlineData("Europe/\0Warsaw")]
    [InlineData("Central European Standard Time")]
    public void Null_empty_and_unknown_ids_give_utc(string? id) => Assert.Same(TimeZoneInfo.Utc, ZonedTime.Resolve(id));

    [Fact]
    public void Lookups_are_cached() => Assert.Same(ZonedTime.Resolve("Asia/Kolkata"), ZonedTime.Resolve("Asia/Kolkata"));

    [Fact]
    public void Unknown_ids_stay_utc_on_repeated_lookups()
    {
        Assert.Same(TimeZoneInfo.Utc, ZonedTime.Resolve("Not/AZone"));
        Assert.Same(TimeZoneInfo.Utc, ZonedTime.Resolve("Not/AZone"));
    }
}
