using System.Text.Json;

namespace MarketingAutomation.LanguageServer.Tests.Infrastructure;

/// <summary>The publishDiagnostics notifications a test client received, and a way to wait for one.</summary>
internal sealed class PublishedDiagnostics
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, JsonElement> latest = new(StringComparer.Ordinal);
    private readonly List<JsonElement> all = [];
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(JsonElement notification)
    {
        TaskCompletionSource toSignal;
        lock (gate)
        {
            var uri = notification.GetProperty("uri").GetString() ?? string.Empty;
            latest[uri] = notification.Clone();
            all.Add(notification.Clone());
            toSignal = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        toSignal.TrySetResult();
    }

    public IReadOnlyList<JsonElement> All
    {
        get
        {
            lock (gate)
            {
                return all.ToList();
            }
        }
    }

    public IReadOnlyDictionary<string, JsonElement> Latest
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, JsonElement>(latest);
            }
        }
    }

    /// <summary>Waits until the latest diagnostics of the URI satisfy the condition; returns them.</summary>
    public async Task<JsonElement[]> WaitForAsync(string uri, Func<JsonElement[], bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (latest.TryGetValue(uri, out var found) && condition(Items(found)))
                {
                    return Items(found);
                }

                next = arrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                var seen = latest.TryGetValue(uri, out var last) ? last.ToString() : "nothing";
                throw new TimeoutException($"No matching diagnostics for {uri}; last seen: {seen}");
            }

            await Task.WhenAny(next, Task.Delay(left));
        }
    }

    public static string[] Codes(JsonElement[] diagnostics) =>
        diagnostics.Select(d => d.GetProperty("code").GetString() ?? string.Empty).ToArray();

    private static JsonElement[] Items(JsonElement notification) =>
        notification.GetProperty("diagnostics").EnumerateArray().ToArray();
}
