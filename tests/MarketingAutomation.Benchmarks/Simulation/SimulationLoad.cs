using System.Diagnostics;
using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Benchmarks.Simulation;

/// <summary>
/// `--simulate [contacts] [runs]`: the shop's journeys on virtual time for many contacts, each with a
/// realistic month of events (<see cref="ShopStreams"/>), on one thread. Contacts are independent,
/// so they run in batches of 50,000 (one simulator each) to keep memory flat; every batch runs its
/// month to the end plus 30 days. Reports stimuli (events, profile changes, timers) per second per
/// run with the median, the CPU time, the bytes allocated per stimulus, the collector's pauses and
/// the heap the contacts keep once their month is over, and the serialised size of every journey
/// instance waiting halfway through the month (at the end every journey has finished, so there
/// would be nothing to measure).
/// </summary>
internal static class SimulationLoad
{
    private const int BatchSize = 50_000;

    /// <summary>Halfway through the month of events, when many journeys are waiting: their sizes are sampled then.</summary>
    private static readonly TimeSpan Halfway = TimeSpan.FromDays(14);

    public static int Run(int contacts, int runs)
    {
        var workspace = LoadedWorkspace.FromDirectory(RepositoryFolder.Examples("shop"));
        var catalog = workspace.Catalog ?? throw new InvalidOperationException("examples/shop has errors");
        Console.WriteLine($"shop journeys, {contacts:N0} contacts, {runs} runs, batches of {BatchSize:N0}, one thread; {Collector()}");
        var rates = new List<double>();
        var sizes = new List<int>();
        for (var run = 1; run <= runs; run++)
        {
            var (stimuli, elapsed, waitingSizes, cost, heapPerContact) = OneRun(catalog, contacts, collectSizes: run == runs);
            var rate = stimuli / elapsed.TotalSeconds;
            rates.Add(rate);
            sizes.AddRange(waitingSizes);
            Console.WriteLine($"run {run}: {stimuli:N0} stimuli in {elapsed.TotalSeconds:N1} s = {rate:N0} stimuli/s (CPU {cost.Cpu.TotalSeconds:N2} s); "
                + $"{cost.Allocated / (double)stimuli:N0} bytes allocated per stimulus, GC paused {cost.GcPause.TotalSeconds:N1} s "
                + $"({cost.Gen0:N0} / {cost.Gen1:N0} / {cost.Gen2:N0} collections of generation 0 / 1 / 2); "
                + $"heap after the run {heapPerContact:N0} bytes per contact");
        }

        rates.Sort();
        sizes.Sort();
        Console.WriteLine($"median {rates[rates.Count / 2]:N0} stimuli/s (min {rates[0]:N0}, max {rates[^1]:N0})");
        if (sizes.Count > 0)
        {
            Console.WriteLine($"waiting instances halfway: {sizes.Count:N0}; serialised bytes median {sizes[sizes.Count / 2]}, p95 {sizes[(int)(sizes.Count * 0.95)]}, max {sizes[^1]}, mean {sizes.Average():N1}");
        }

        return 0;
    }

    /// <summary>Which collector the run has: the workstation one by default, the server one (as `ma` runs) with <c>DOTNET_gcServer=1</c>.</summary>
    private static string Collector()
    {
        var heaps = Convert.ToInt64(GC.GetConfigurationVariables().GetValueOrDefault("HeapCount") ?? 1L, System.Globalization.CultureInfo.InvariantCulture);
        return System.Runtime.GCSettings.IsServerGC
            ? $"server collector, {heaps} heap{(heaps == 1 ? string.Empty : "s")}"
            : "workstation collector";
    }

    private static (long Stimuli, TimeSpan Elapsed, List<int> WaitingSizes, TimedCost Cost, long HeapPerContact) OneRun(JourneyCatalog catalog, int contacts, bool collectSizes)
    {
        var streams = new ShopStreams(catalog);
        var serializer = new StateSerializer(catalog);
        var start = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var sizes = new List<int>();
        long stimuli = 0;
        var elapsed = TimeSpan.Zero;
        var cost = default(TimedCost);
        long heap = 0;
        for (var first = 0; first < contacts; first += BatchSize)
        {
            var heapBefore = GC.GetTotalMemory(forceFullCollection: true);

            // Inputs are generated before the clock starts: only the runtime's work is timed.
            var random = new Random(first);
            var simulator = new Simulator(catalog, start) { RecordTimeline = false };
            var last = start;
            for (var i = first; i < Math.Min(contacts, first + BatchSize); i++)
            {
                simulator.AddContact(streams.Contact(i, random), start);
                foreach (var e in streams.Month(random, start))
                {
                    simulator.Schedule(e.OccurredAt, "c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Stimulus.Arrived(e));
                    last = e.OccurredAt > last ? e.OccurredAt : last;
                }
            }

            // Collect the garbage of making the inputs now, so the timed part does not pay for it.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();

            // The clock stops halfway for the size sample, which is not part of the runtime's work.
            var before = TimedCost.Now();
            var watch = Stopwatch.StartNew();
            simulator.RunUntil(start + Halfway);
            elapsed += watch.Elapsed;
            cost += TimedCost.Now() - before;
            if (collectSizes)
            {
                sizes.AddRange(WaitingSizes(simulator, serializer));
            }

            before = TimedCost.Now();
            watch.Restart();
            simulator.RunUntil(last + TimeSpan.FromDays(30));
            elapsed += watch.Elapsed;
            cost += TimedCost.Now() - before;
            stimuli += simulator.StimuliApplied;

            // What the batch's contacts keep on the heap once their month is over (the simulator
            // is alive, its queue empty): mostly the contacts' states, untimed.
            heap += GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
            GC.KeepAlive(simulator);
        }

        return (stimuli, elapsed, sizes, cost, heap / contacts);
    }

    /// <summary>
    /// What the timed part cost besides wall time: the process's CPU time (every thread, the
    /// collector's included; other load on the machine inflates it less than wall time), bytes
    /// allocated on this thread, and the collector's pauses.
    /// </summary>
    private readonly record struct TimedCost(TimeSpan Cpu, long Allocated, TimeSpan GcPause, int Gen0, int Gen1, int Gen2)
    {
        public static TimedCost Now() =>
            new(Process.GetCurrentProcess().TotalProcessorTime, GC.GetAllocatedBytesForCurrentThread(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

        public static TimedCost operator +(TimedCost a, TimedCost b) =>
            new(a.Cpu + b.Cpu, a.Allocated + b.Allocated, a.GcPause + b.GcPause, a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2);

        public static TimedCost operator -(TimedCost a, TimedCost b) =>
            new(a.Cpu - b.Cpu, a.Allocated - b.Allocated, a.GcPause - b.GcPause, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2);
    }

    private static IEnumerable<int> WaitingSizes(Simulator simulator, StateSerializer serializer)
    {
        foreach (var contact in simulator.Contacts)
        {
            foreach (var instance in contact.Instances)
            {
                if (instance.Wait is not null)
                {
                    yield return serializer.Serialize(instance).Length;
                }
            }
        }
    }
}
