using System.Diagnostics;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Run;

/// <summary>
/// `--realtime`: runs the simulator at wall-clock pace, one second per second from the start, so
/// a demo unfolds live and the timeline can feed a log. It stops when nothing more is due before
/// the end, or when cancelled (Ctrl+C), leaving every earlier moment fully processed.
/// </summary>
internal static class RealtimeClock
{
    /// <summary>Waits are cut into slices no longer than this (wait handles take at most ~24 days).</summary>
    private static readonly TimeSpan Slice = TimeSpan.FromHours(1);

    /// <param name="afterMoment">Called after each processed moment (to flush output).</param>
    /// <returns>The virtual moment it was stopped at, or null when it ran to the end.</returns>
    public static DateTimeOffset? Run(Simulator simulator, DateTimeOffset end, CancellationToken cancel, Action afterMoment)
    {
        var origin = simulator.Now;
        var clock = Stopwatch.StartNew();
        while (simulator.NextDue is { } due && due <= end)
        {
            if (cancel.IsCancellationRequested)
            {
                return origin + clock.Elapsed;
            }

            // The clock is read once per turn: read again for the wait, it could have passed the
            // moment in between, and a wait handle refuses a negative wait.
            while (due - origin - clock.Elapsed is var wait && wait > TimeSpan.Zero)
            {
                if (cancel.WaitHandle.WaitOne(wait < Slice ? wait : Slice))
                {
                    return origin + clock.Elapsed;
                }
            }

            simulator.RunUntil(due);
            afterMoment();
        }

        simulator.RunUntil(end);
        return null;
    }
}
