namespace MarketingAutomation.Delivery;

/// <summary>
/// Marks a thread that exists to wait on hand-overs, one at a time (the server's hand-over lanes).
/// A channel called on such a thread may do its blocking I/O right there.
/// </summary>
/// <remarks>
/// The email channel otherwise gives each message to a sender thread of its own and completes the
/// caller's task from there: two threads woken for every email (the sender, then the caller
/// blocked on it), and the caller spinning before it slept (docs/server.md gives what sending on
/// the lane saved).
/// </remarks>
public static class HandOverThread
{
    [ThreadStatic]
    private static bool current;

    /// <summary>True on a thread that called <see cref="MarkCurrent"/>.</summary>
    public static bool IsCurrent => current;

    /// <summary>Marks the calling thread, for the rest of its life.</summary>
    public static void MarkCurrent() => current = true;
}
