using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Server.Contacts;

/// <summary>Builds the API's view of a contact from its state.</summary>
internal static class ContactViews
{
    public static ContactView Of(ContactState state, Deployment deployment) => new()
    {
        Id = state.ContactId,
        ProfileJson = PlainJson.Object(PlainJson.Profile(deployment.Catalog, state.Profile)),
        Stage = state.Stage,
        Scores = state.Scores.ToDictionary(s => s.Key, s => s.Value.Points, StringComparer.Ordinal),
        Tags = [.. state.Tags.Order(StringComparer.Ordinal)],
        Unsubscribed = [.. state.Unsubscribed.Select(EffectDescription.ChannelName).Order(StringComparer.Ordinal)],
        Journeys = [.. state.Instances.Select(Journey)],
        NextWake = Executor.NextWakeUp(state),
    };

    private static JourneyView Journey(JourneyState instance) => new()
    {
        Journey = instance.Journey,
        Version = instance.Version,
        Step = instance.Step,
        Status = instance.Status.ToString().ToLowerInvariant(),
        EnteredAt = instance.EnteredAt,
        Waiting = instance.Wait?.Kind.ToString().ToLowerInvariant(),
        WaitUntil = instance.Wait?.Due,
        WaitingFor = instance.Wait?.EventName,
        InHoldout = instance.InHoldout,
    };
}
