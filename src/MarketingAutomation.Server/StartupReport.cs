namespace MarketingAutomation.Server;

/// <summary>What happened at start, for the command that started the server to print.</summary>
public sealed class StartupReport
{
    public int? Deployment { get; set; }

    /// <summary>True when the workspace was deployed at this start (it differed from the stored one).</summary>
    public bool DeployedNow { get; set; }
}
