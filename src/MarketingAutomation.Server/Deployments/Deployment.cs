using MarketingAutomation.Delivery.Templates;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Server.Deployments;

/// <summary>
/// One deployed build, loaded: its catalog, the serializer for states written under its schema,
/// and the executor that runs new stimuli while it is the current build. Numbers count up from 1.
/// </summary>
public sealed class Deployment
{
    public Deployment(int number, string contentHash, DateTimeOffset deployedAt, JourneyCatalog catalog, MessageTemplates templates, Func<Deployment, string, string, CompiledJourney?> resolveOlder)
    {
        Templates = templates;
        Number = number;
        ContentHash = contentHash;
        DeployedAt = deployedAt;
        Catalog = catalog;
        Serializer = new StateSerializer(catalog);
        Executor = new Executor(catalog, new ExecutorOptions { ResolveJourney = (name, version) => resolveOlder(this, name, version) });
        Schema = InputSchema.Of(catalog);
        Addresses = new ContactAddresses(catalog);
    }

    public int Number { get; }

    public string ContentHash { get; }

    public DateTimeOffset DeployedAt { get; }

    public JourneyCatalog Catalog { get; }

    public StateSerializer Serializer { get; }

    public Executor Executor { get; }

    public InputSchema Schema { get; }

    public ContactAddresses Addresses { get; }

    /// <summary>The messages' texts, parsed once: what the channels render when this is the current build.</summary>
    public MessageTemplates Templates { get; }
}
