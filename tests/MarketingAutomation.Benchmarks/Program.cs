using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using MarketingAutomation.Benchmarks;
using MarketingAutomation.Benchmarks.Generation;
using MarketingAutomation.Language.Workspace;

// `--simulate [contacts] [runs]` runs the shop's journeys on virtual time (the runtime's load test);
// `--generate <folder> [journeys]` writes the generated workspace to disk (to time `ma check` on it);
// `--describe` checks it in-process and prints its size and diagnostics; anything else goes
// to BenchmarkDotNet.
if (args is ["--generate", var folder, ..])
{
    var journeys = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    GeneratedWorkspace.Create(journeys).WriteTo(folder);
    return 0;
}

if (args is ["--simulate", ..])
{
    var contacts = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
    var runs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
    return MarketingAutomation.Benchmarks.Simulation.SimulationLoad.Run(contacts, runs);
}

if (args is ["--describe", ..])
{
    var workspace = GeneratedWorkspace.Create(1000);
    var diagnostics = Compilation.Create(workspace.ToWorkspace()).Diagnostics;
    Console.WriteLine($"{workspace.Documents.Count} files, {workspace.LineCount} lines, {diagnostics.Count} diagnostics");
    foreach (var group in diagnostics.GroupBy(d => d.Code).OrderByDescending(g => g.Count()))
    {
        Console.WriteLine($"  {group.Key} x{group.Count()}: {group.First()}");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratedWorkspace).Assembly)
    .Run(args, DefaultConfig.Instance.WithArtifactsPath(RepositoryFolder.Artifacts()));
return 0;
