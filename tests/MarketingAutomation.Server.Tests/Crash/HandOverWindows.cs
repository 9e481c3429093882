namespace MarketingAutomation.Server.Tests.Crash;

/// <summary>
/// One SIGKILL: when it was sent, when the next server process was started on the same database
/// (nothing that process sends can arrive earlier) and when that process said it was ready.
/// </summary>
internal sealed record Kill(int Number, DateTime KilledAtUtc, DateTime RestartedAtUtc, bool MailFlowing, int BatchesAcknowledged)
{
    public DateTime ReadyAtUtc { get; set; }
}

/// <summary>
/// A message the SMTP server received more than once; <see cref="Windows"/> names, for each
/// repeat, the kill whose hand-over window it lies in, and is null when some repeat lies in none.
/// </summary>
internal sealed record Duplicate(string MessageId, IReadOnlyList<DateTime> Arrivals, IReadOnlyList<Kill>? Windows);

/// <summary>
/// Which server process handed each message over, told from arrival times: process 0 runs until
/// the first restart, process k from the k-th restart on. A repeat is one the design allows when
/// the copy before it came from a process that was then killed (it died after the SMTP server
/// took the message and before the outbox row was marked delivered) and the repeat from a later
/// process, which found the row still pending. So each kill adds at most one copy of a message.
/// </summary>
internal static class HandOverWindows
{
    public static IReadOnlyList<Duplicate> Duplicates(IEnumerable<Arrival> arrivals, IReadOnlyList<Kill> kills) =>
        [.. arrivals.GroupBy(a => a.MessageId).Where(g => g.Count() > 1).Select(g =>
        {
            var times = g.Select(a => a.AtUtc).Order().ToList();
            return new Duplicate(g.Key, times, WindowsOf(times, kills));
        })];

    /// <summary>Copies sent again because this kill caught their first hand-over unmarked.</summary>
    public static int RepeatsIn(Kill kill, IReadOnlyList<Duplicate> duplicates) => duplicates.Sum(d => d.Windows?.Count(w => w == kill) ?? 0);

    private static IReadOnlyList<Kill>? WindowsOf(List<DateTime> times, IReadOnlyList<Kill> kills)
    {
        var windows = new List<Kill>();
        for (var i = 1; i < times.Count; i++)
        {
            var before = Process(times[i - 1], kills);
            if (before >= kills.Count || before >= Process(times[i], kills))
            {
                // Two copies from one process: the row was handed over again without a crash.
                return null;
            }

            windows.Add(kills[before]);
        }

        return windows;
    }

    private static int Process(DateTime arrival, IReadOnlyList<Kill> kills) => kills.Count(k => k.RestartedAtUtc <= arrival);
}
