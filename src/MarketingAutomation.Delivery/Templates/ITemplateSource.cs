namespace MarketingAutomation.Delivery.Templates;

/// <summary>
/// Where the channels find the templates of the deployment in force. The host owns deployments
/// and swaps the templates when a new workspace is deployed; a message is rendered from the
/// templates current at hand-over time. Null while nothing is deployed.
/// </summary>
public interface ITemplateSource
{
    MessageTemplates? Current { get; }
}

/// <summary>A template source over a host's own accessor.</summary>
public sealed class DelegateTemplateSource(Func<MessageTemplates?> current) : ITemplateSource
{
    public MessageTemplates? Current => current();
}
