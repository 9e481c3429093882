namespace MarketingAutomation.Server.Grains;

/// <summary>A contact was addressed before any workspace was deployed; the API answers 409.</summary>
[GenerateSerializer]
public sealed class NothingDeployedException() : Exception("Nothing is deployed yet: deploy a workspace first (POST /v1/deploy or `ma serve <workspace>`).");
