using System.Diagnostics;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>
/// Timing lines on standard error when JOURNEY_LSP_TRACE=1, for profiling latency (startup,
/// builds, requests) without a profiler. Off by default: the lines are for people, not editors.
/// </summary>
internal static class ServerTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("JOURNEY_LSP_TRACE") == "1";

    private static readonly Lock Writing = new();

    /// <summary>Milliseconds since the process started, so startup phases can be read off directly.</summary>
    public static double Uptime => (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds;

    /// <summary>The garbage collections so far, by generation, and their total pause: to tell a slow answer from a collection.</summary>
    public static string Collections =>
        $"collections so far {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms";

    public static void Write(string message)
    {
        if (!Enabled)
        {
            return;
        }

        lock (Writing)
        {
            Console.Error.WriteLine($"[trace {Uptime,8:F1}] {message}");
        }
    }
}
