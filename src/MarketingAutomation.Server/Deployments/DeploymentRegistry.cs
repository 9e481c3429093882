using System.Collections.Concurrent;
using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Hosting.Loading;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Runtime;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// Every deployment the server knows, and which one is current. New entries and new contacts run
/// on the current build; an instance that started earlier keeps running on its own build, which
/// stays loaded (compiled again from its stored sources after a restart, when first needed).
/// </summary>
public sealed class DeploymentRegistry(IJourneyStore store, JourneyClock clock)
{
    private readonly ConcurrentDictionary<int, Lazy<Deployment>> loaded = new();
    private readonly ConcurrentDictionary<(int Running, string Name, string Version), CompiledJourney?> olderJourneys = new();
    private readonly SemaphoreSlim deploying = new(1, 1);
    private readonly List<StoredDeployment> stored = [];
    private Deployment? current;

    /// <summary>The build new stimuli run on; null until the first deployment.</summary>
    public Deployment? Current => Volatile.Read(ref current);

    /// <summary>Every stored deployment, oldest first.</summary>
    public IReadOnlyList<StoredDeployment> All
    {
        get
        {
            lock (stored)
            {
                return [.. stored];
            }
        }
    }

    /// <summary>Reads the stored deployments and loads the latest.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var deployments = await store.DeploymentsAsync(cancellationToken).ConfigureAwait(false);
        lock (stored)
        {
            stored.Clear();
            stored.AddRange(deployments);
        }

        foreach (var deployment in deployments)
        {
            loaded[deployment.Number] = new Lazy<Deployment>(() => Load(deployment));
        }

        if (deployments.Count > 0)
        {
            Volatile.Write(ref current, Get(deployments[^1].Number));
        }
    }

    /// <summary>A deployment by number, compiled on first use.</summary>
    public Deployment Get(int number) =>
        loaded.TryGetValue(number, out var deployment) ? deployment.Value : throw new KeyNotFoundException($"No deployment {number}.");

    /// <summary>
    /// Compiles and, when it differs from the current build, stores and activates a workspace.
    /// Deployments are one at a time, so numbers follow the order they were made in.
    /// </summary>
    /// <param name="expectedContentHash">
    /// When the sources come from a build made elsewhere (`ma build` output), its content hash: a
    /// workspace that builds to another one here is refused, so what runs is what was built.
    /// </param>
    public async Task<DeployOutcome> DeployAsync(IReadOnlyDictionary<string, string> files, string? expectedContentHash, CancellationToken cancellationToken)
    {
        if (WorkspaceSources.Problem(files) is { } problem)
        {
            return new DeployOutcome(null, false, [], problem);
        }

        await deploying.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var workspace = WorkspaceSources.Compile(files);
            var errors = workspace.Build.Diagnostics.Where(d => d.IsError).ToList();
            if (workspace.Catalog is not { } catalog || workspace.Build.Manifest is not { } manifest || errors.Count > 0)
            {
                return new DeployOutcome(null, false, workspace.Build.Diagnostics, null);
            }

            if (expectedContentHash is not null && !string.Equals(expectedContentHash, manifest.ContentHash, StringComparison.Ordinal))
            {
                return new DeployOutcome(null, false, workspace.Build.Diagnostics, $"the sources build to content hash {manifest.ContentHash} here, not the {expectedContentHash} of the build being deployed: were they changed after `ma build`?");
            }

            if (Current is { } active && active.ContentHash == manifest.ContentHash)
            {
                return new DeployOutcome(active, false, workspace.Build.Diagnostics, null);
            }

            var record = new StoredDeployment(
                (Current?.Number ?? 0) + 1,
                manifest.ContentHash,
                clock.Now,
                new Dictionary<string, string>(files, StringComparer.Ordinal),
                manifest.Journeys.ToDictionary(j => j.Name, j => j.Version, StringComparer.Ordinal));
            await store.WriteAsync(new DeploymentWrite(record)).ConfigureAwait(false);
            var deployment = Create(record, workspace, catalog);
            loaded[record.Number] = new Lazy<Deployment>(deployment);
            lock (stored)
            {
                stored.Add(record);
            }

            Volatile.Write(ref current, deployment);
            return new DeployOutcome(deployment, true, workspace.Build.Diagnostics, null);
        }
        finally
        {
            deploying.Release();
        }
    }

    private Deployment Load(StoredDeployment record)
    {
        var workspace = WorkspaceSources.Compile(record.Files);
        var catalog = workspace.Catalog
            ?? throw new InvalidOperationException($"Deployment {record.Number} no longer compiles: " + string.Join("; ", workspace.Build.Diagnostics.Where(d => d.IsError)));
        return Create(record, workspace, catalog);
    }

    private Deployment Create(StoredDeployment record, LoadedWorkspace workspace, JourneyCatalog catalog) =>
        new(record.Number, record.ContentHash, record.DeployedAt, catalog, MessageTemplates.FromCompilation(workspace.Compilation), Older);

    /// <summary>
    /// The journey an instance started on, from the newest older deployment that has that version,
    /// bridged to <paramref name="running"/>'s types. Remembered: resolving happens on every step.
    /// </summary>
    private CompiledJourney? Older(Deployment running, string name, string version) =>
        olderJourneys.GetOrAdd((running.Number, name, version), key =>
        {
            StoredDeployment? origin;
            lock (stored)
            {
                origin = stored.LastOrDefault(d => d.Number != running.Number && d.Journeys.TryGetValue(key.Name, out var v) && v == key.Version);
            }

            if (origin is null || Get(origin.Number) is not { } older || older.Catalog.Journeys.FirstOrDefault(j => j.Info.Name == key.Name) is not { } code)
            {
                return null;
            }

            return new VersionedJourney(code, new CatalogBridge(running.Catalog, older.Catalog), new CatalogBridge(older.Catalog, running.Catalog));
        });

    /// <summary>A bridge from a state's build to the current one, for <see cref="StateMigration"/>.</summary>
    public CatalogBridge BridgeTo(Deployment from, Deployment to) => new(from.Catalog, to.Catalog);
}

/// <summary>What a deploy did: the active deployment (null when rejected), whether it is new, and the check's findings or a problem with the request.</summary>
public sealed record DeployOutcome(Deployment? Deployment, bool Changed, IReadOnlyList<Diagnostic> Diagnostics, string? Problem);
