using System.Globalization;
using MarketingAutomation.LoadTest;

// The journey server under load: `ma serve examples/shop` as a child process on loopback,
// shoppers' events sent over HTTP as fast as it answers (or at a paced rate), mail caught by an
// SMTP sink, and in the same run the raw durable write rate of the same SQLite set-up. See
// README.md beside this file.
const string Usage = """
    usage: ma-load [--contacts N] [--warmup N] [--batch N] [--connections N] [--rate N] [--runs N] [--raw-rows N] [--workspace folder] [--smtp-accept-ms N] [--ma path/to/ma.dll]
      --contacts     shoppers per run (default 20000; about 8 events each)
      --warmup       shoppers sent to the server first, unmeasured, so the run meets a server
                     whose code is optimised, as a long-running one is (default 0)
      --batch        events per POST /v1/events (default 1000)
      --connections  requests in flight at once (default 8)
      --rate         events a second to offer, paced batch by batch, to see whether the server
                     keeps up with the traffic and its mail at that rate (default: as fast as
                     the server answers)
      --runs         runs, each on a new database (default 3); medians are reported
      --raw-rows     rows for the raw SQLite write rate (default 200000)
      --workspace    the workspace the server runs (default examples/shop); the traffic is the
                     shop's, so this is a copy of the shop, for example with larger templates
      --smtp-accept-ms
                     milliseconds the SMTP sink takes to accept each message, as a relay that
                     syncs it to disk first or sits across a network (default 0)
      --ma           the built CLI (default src/MarketingAutomation.Cli/bin/Release/net10.0/ma.dll)
    """;

if (args is ["--help" or "-h"])
{
    Console.WriteLine(Usage);
    return 0;
}

LoadSettings settings;
try
{
    settings = Parse(args);
}
catch (Exception e) when (e is FormatException or ArgumentException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

var root = RepositoryRoot();
var maDll = Path.GetFullPath(settings.MaDll ?? Path.Combine(root, "src/MarketingAutomation.Cli/bin/Release/net10.0/ma.dll"));
if (!File.Exists(maDll))
{
    Console.Error.WriteLine($"no {maDll}: build it first with `dotnet build -c Release src/MarketingAutomation.Cli`");
    return 2;
}

var workspace = Path.Combine(root, settings.Workspace);
if (!Directory.Exists(workspace))
{
    Console.Error.WriteLine($"no workspace folder {workspace}");
    return 2;
}

Console.WriteLine($"load test: {settings.Contacts} shoppers a run ({settings.Warmup} before it to warm up), batches of {settings.BatchSize}, {settings.Connections} connections, {(settings.Rate is { } offered ? $"{offered} events/s offered" : "unpaced")}, {(settings.SmtpAcceptDelay > TimeSpan.Zero ? $"the sink accepting each message after {settings.SmtpAcceptDelay.TotalMilliseconds:0} ms, " : string.Empty)}{settings.Runs} runs, {Environment.ProcessorCount} cores");
var results = new List<(LoadResult Load, double Raw, string LoadAverage)>();
for (var run = 1; run <= settings.Runs; run++)
{
    var folder = Directory.CreateTempSubdirectory("ma-load-").FullName;
    try
    {
        var raw = RawSqliteRate.Measure(folder, settings.RawRows);
        await using var sink = new SmtpSink(settings.SmtpAcceptDelay);
        LoadResult load;
        await using (var server = await ServerProcess.StartAsync(maDll, workspace, folder, sink.Port))
        {
            if (settings.Warmup > 0)
            {
                var warmup = await new LoadRun(server, sink, settings with { Contacts = settings.Warmup, Rate = null }, "w").RunAsync();
                Console.WriteLine(FormattableString.Invariant($"run {run}, warm-up: {warmup.Events:N0} events at {warmup.EventsPerSecond:N0} events/s, welcome emails {warmup.WelcomesArrived:N0}/{warmup.Contacts:N0}"));
            }

            load = await new LoadRun(server, sink, settings, "r").RunAsync();
        }

        var loadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
        results.Add((load, raw, loadAverage));
        Console.WriteLine(FormattableString.Invariant(
            $"run {run}: {load.Contacts:N0} shoppers created at {load.ContactsPerSecond:N0}/s; {load.Events:N0} events in {load.Seconds:F1} s = {load.EventsPerSecond:N0} events/s; raw SQLite {raw:N0} rows/s ({load.EventsPerSecond / raw:P0}); welcome emails {load.WelcomesArrived:N0}/{load.Contacts:N0} ({load.WelcomesDuringTraffic:N0} during the traffic), p50 {load.P50Ms:F0} ms, p99 {load.P99Ms:F0} ms; failed {load.Failures}; CPU during the traffic: server {load.Cpu.ServerCores:F2} cores ({load.Cpu.ServerMicrosecondsPerEvent:F0} µs an event), load tool and sink {load.Cpu.LoadToolCores:F2} cores; after the traffic: {load.Drain.Messages:N0} emails in {load.Drain.Seconds:F1} s, server {load.Drain.ServerCores:F2} cores ({load.Drain.ServerMicrosecondsPerMessage:F0} µs an email); load average {loadAverage}"));
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

var rate = Percentiles.Median(results.Select(r => r.Load.EventsPerSecond));
var rawRate = Percentiles.Median(results.Select(r => r.Raw));
Console.WriteLine();
Console.WriteLine("| measurement | median | min | max |");
Console.WriteLine("| --- | ---: | ---: | ---: |");
Row("shoppers created a second, before the traffic", results.Select(r => r.Load.ContactsPerSecond), "N0");
Row("events/s taken", results.Select(r => r.Load.EventsPerSecond), "N0");
Row("raw SQLite durable rows/s", results.Select(r => r.Raw), "N0");
Row("fraction of raw", results.Select(r => r.Load.EventsPerSecond / r.Raw), "P0");
Row("event sent → email at SMTP, p50 (ms)", results.Select(r => r.Load.P50Ms), "F0");
Row("event sent → email at SMTP, p99 (ms)", results.Select(r => r.Load.P99Ms), "F0");
Row("welcome emails at SMTP during the traffic", results.Select(r => (double)r.Load.WelcomesDuringTraffic), "N0");
Row("server CPU during the traffic (cores)", results.Select(r => r.Load.Cpu.ServerCores), "F2");
Row("server CPU per event taken (µs)", results.Select(r => r.Load.Cpu.ServerMicrosecondsPerEvent), "F0");
Row("load tool and sink CPU during the traffic (cores)", results.Select(r => r.Load.Cpu.LoadToolCores), "F2");
Row("emails a second after the traffic", results.Select(r => r.Load.Drain.MessagesPerSecond), "N0");
Row("server CPU per email after the traffic (µs)", results.Select(r => r.Load.Drain.ServerMicrosecondsPerMessage), "F0");
Console.WriteLine(FormattableString.Invariant($"median: {rate:N0} events/s against raw {rawRate:N0} rows/s; load averages {string.Join(", ", results.Select(r => r.LoadAverage))}"));
return results.All(r => r.Load.Failures == 0 && r.Load.WelcomesArrived == r.Load.Contacts) ? 0 : 1;

static void Row(string name, IEnumerable<double> values, string format)
{
    var list = values.Order().ToList();
    Console.WriteLine($"| {name} | {Percentiles.Of(list, 50).ToString(format, CultureInfo.InvariantCulture)} | {list[0].ToString(format, CultureInfo.InvariantCulture)} | {list[^1].ToString(format, CultureInfo.InvariantCulture)} |");
}

static LoadSettings Parse(string[] args)
{
    var settings = new LoadSettings();
    for (var i = 0; i < args.Length; i++)
    {
        var option = args[i];
        string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{option} needs a value");
        int Number(int least) => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= least
            ? n
            : throw new ArgumentException($"{option} needs a whole number of at least {least}, not {args[i]}");
        int Count() => Number(1);
        settings = option switch
        {
            "--contacts" => settings with { Contacts = Count() },
            "--batch" => settings with { BatchSize = Count() },
            "--connections" => settings with { Connections = Count() },
            "--rate" => settings with { Rate = Count() },
            "--runs" => settings with { Runs = Count() },
            "--warmup" => settings with { Warmup = Number(0) },
            "--raw-rows" => settings with { RawRows = Count() },
            "--smtp-accept-ms" => settings with { SmtpAcceptDelay = TimeSpan.FromMilliseconds(Number(0)) },
            "--workspace" => settings with { Workspace = Path.GetFullPath(Value()) },
            "--ma" => settings with { MaDll = Path.GetFullPath(Value()) },
            _ => throw new ArgumentException($"unknown option {option}"),
        };
    }

    return settings;
}

static string RepositoryRoot()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "MarketingAutomation.sln")))
        {
            return folder.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
