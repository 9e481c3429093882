using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Server;

/// <summary>The workspace the server was started with has errors (or is no workspace); nothing was deployed.</summary>
public sealed class WorkspaceRejectedException(string folder, DeployOutcome outcome)
    : Exception(outcome.Problem ?? $"The workspace {folder} has errors.")
{
    public DeployOutcome Outcome { get; } = outcome;
}
