namespace MarketingAutomation.Server.Storage;

/// <summary>Moments as the store keeps them: Unix milliseconds, UTC.</summary>
internal static class Moments
{
    public static long ToStored(DateTimeOffset moment) => moment.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromStored(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
