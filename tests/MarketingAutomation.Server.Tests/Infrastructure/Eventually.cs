namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>Waits for something the server does in the background (timers, the outbox) to have happened.</summary>
public static class Eventually
{
    private const double Seconds = 15;

    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(Seconds);
        T last;
        do
        {
            last = await probe();
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Waited {Seconds}s for {what}; last seen: {Show(last)}");
    }

    public static async Task<T> Get<T>(Func<T?> probe, Func<T, bool> done, string what)
        where T : class =>
        await Get(() => Task.FromResult(probe()), value => value is not null && done(value), what) ?? throw new InvalidOperationException(what);

    public static Task<int> Get(Func<int> probe, Func<int, bool> done, string what) => Get(() => Task.FromResult(probe()), done, what);

    private static string Show<T>(T value) => value is System.Collections.IEnumerable items and not string ? string.Join(" | ", items.Cast<object?>()) : $"{value}";
}
