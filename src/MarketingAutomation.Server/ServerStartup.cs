using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.Hosting;

namespace MarketingAutomation.Server;

/// <summary>
/// Opens the store and loads the deployments before anything else starts (it is registered
/// before the silo, and hosted services start in order); deploys the workspace folder the server
/// was started with when it differs from the current deployment; and closes the store last, after
/// the silo stopped, so every queued write is committed.
/// </summary>
internal sealed class ServerStartup(IJourneyStore store, DeploymentRegistry registry, ServerOptions options, StartupReport report) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await registry.LoadAsync(cancellationToken);
        if (options.Workspace is not { } folder)
        {
            return;
        }

        var outcome = await registry.DeployAsync(WorkspaceSources.ReadFolder(folder), expectedContentHash: null, cancellationToken);
        if (outcome.Deployment is not { } deployment)
        {
            throw new WorkspaceRejectedException(folder, outcome);
        }

        report.Deployment = deployment.Number;
        report.DeployedNow = outcome.Changed;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await store.DisposeAsync();
}
