using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Server.Outbox;

/// <summary>The channels render from the templates of the deployment current at hand-over time.</summary>
internal sealed class DeploymentTemplates(DeploymentRegistry registry) : ITemplateSource
{
    public MessageTemplates? Current => registry.Current?.Templates;
}
