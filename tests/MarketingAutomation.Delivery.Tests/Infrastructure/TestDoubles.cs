namespace MarketingAutomation.Delivery.Tests.Infrastructure;

/// <summary>A clock that always says the same moment, so dates in messages are known.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>One plain HttpClient for every name: the tests talk to a loopback receiver only.</summary>
internal sealed class SingleHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly HttpClient client = new();

    public HttpClient CreateClient(string name) => client;

    public void Dispose() => client.Dispose();
}
