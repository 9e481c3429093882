using System.Text.Json;
using MarketingAutomation.Server.Contacts;

namespace MarketingAutomation.Server.Api;

/// <summary>The JSON shape of a contact in answers.</summary>
internal static class ContactJson
{
    public static object? Of(ContactView? view) => view is null ? null : new
    {
        id = view.Id,
        profile = JsonDocument.Parse(view.ProfileJson).RootElement.Clone(),
        stage = view.Stage,
        scores = view.Scores,
        tags = view.Tags,
        unsubscribed = view.Unsubscribed,
        journeys = view.Journeys.Select(j => new
        {
            journey = j.Journey,
            version = j.Version,
            step = j.Step,
            status = j.Status,
            enteredAt = j.EnteredAt,
            waiting = j.Waiting,
            waitUntil = j.WaitUntil,
            waitingFor = j.WaitingFor,
            inHoldout = j.InHoldout,
        }),
        nextWake = view.NextWake,
    };
}
