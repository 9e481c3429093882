using MarketingAutomation.Cli.Check;
using MarketingAutomation.Cli.Output;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Language.Workspace;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Run;

/// <summary>
/// `ma run`: compile the workspace, read the input files, replay them through a simulator on
/// virtual (or, with --realtime, wall-clock) time, and report the timeline and a summary.
/// Usage problems throw <see cref="UsageException"/> (exit 2) before anything is compiled.
/// </summary>
internal static class RunRunner
{
    public static int Run(RunOptions options, CliConsole console, CancellationToken cancel)
    {
        if (!DurationText.TryParse(options.For, out var after))
        {
            throw new UsageException($"--for expects a duration such as {DurationText.Examples}, got '{options.For}'");
        }

        RequireWorkspace(options.Workspace);
        var files = RunInputFiles.Resolve(options.Workspace, options.Contacts, options.Events);
        var workspace = Load(options.Workspace);
        if (workspace.Catalog is not { } catalog)
        {
            var report = new CheckReport(workspace.Build.Diagnostics, workspace.Compilation.Workspace.Documents.Count);
            OutputFormats.CreateWriter(OutputFormats.Human, new OutputSettings(BasePath.Resolve(null), options.UseColor)).Write(report, console.Out);
            return ExitCodes.Problems;
        }

        var input = Read(catalog, files, options.Strict);
        foreach (var problem in input.Problems)
        {
            console.Error.WriteLine(problem);
        }

        if (options.Strict && input.Problems.Count > 0)
        {
            console.Error.WriteLine("ma: --strict: stopped at the first bad line; nothing was run");
            return ExitCodes.Problems;
        }

        var schedule = RunSchedule.For(input, after, DateTimeOffset.UtcNow);
        var simulator = new Simulator(catalog, schedule.Start) { RecordTimeline = false };
        schedule.Enqueue(simulator, input);

        var journeys = catalog.Journeys.Select(j => j.Info.Name).ToList();
        var summary = new RunSummary(journeys);
        var output = CreateOutput(options, console, input, journeys, catalog);
        simulator.OnEffect = entry =>
        {
            summary.Add(entry);
            output.Effect(entry);
        };

        output.Begin(Header(options, files, input, schedule, after));
        output.Flush();
        DateTimeOffset? stoppedAt = null;
        if (options.Realtime)
        {
            stoppedAt = RealtimeClock.Run(simulator, schedule.End, cancel, output.Flush);
        }
        else
        {
            simulator.RunUntil(schedule.End);
        }

        summary.CountActive(simulator.Contacts);
        output.End(summary, stoppedAt);
        return ExitCodes.Success;
    }

    private static void RequireWorkspace(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new UsageException(File.Exists(folder) ? $"expected a workspace folder, got the file {folder}" : $"no such workspace folder: {folder}");
        }

        if (!Directory.EnumerateFiles(folder, "*" + JourneyWorkspace.FileExtension).Any())
        {
            throw new UsageException($"no {JourneyWorkspace.FileExtension} files in {folder}");
        }
    }

    private static LoadedWorkspace Load(string folder)
    {
        try
        {
            return LoadedWorkspace.FromDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read {folder}: {e.Message}", e);
        }
    }

    private static RunInput Read(JourneyCatalog catalog, RunInputFiles files, bool strict)
    {
        try
        {
            return RunInputLoader.Load(catalog, files.Contacts, files.Events, strict);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read an input file: {e.Message}", e);
        }
    }

    private static IRunOutput CreateOutput(RunOptions options, CliConsole console, RunInput input, IReadOnlyList<string> journeys, JourneyCatalog catalog)
    {
        if (options.Format == RunFormats.Json)
        {
            return new JsonRunOutput(console.Out, input.Problems, catalog.Plain);
        }

        var styler = new RunStyler(options.UseColor);
        var contactIds = input.Contacts.Select(c => c.Record.Id).Concat(input.Events.Select(e => e.Record.Contact)).Distinct();
        return new TextRunOutput(console.Out, new TimelineFormatter(contactIds, journeys, styler), styler);
    }

    private static RunHeader Header(RunOptions options, RunInputFiles files, RunInput input, RunSchedule schedule, TimeSpan after)
    {
        var changes = input.Events.Count(e => e.Record.IsProfileChange);
        return new RunHeader(
            DisplayPath.Of(options.Workspace),
            files.Contacts?.DisplayPath,
            files.Events?.DisplayPath,
            files.Sample,
            input.Contacts.Count,
            input.Events.Count,
            changes,
            input.Problems.Count,
            schedule.Start,
            schedule.End,
            after,
            options.Realtime);
    }
}
