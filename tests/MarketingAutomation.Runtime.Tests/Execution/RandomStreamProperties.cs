using CsCheck;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Simulation;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using MarketingAutomation.Runtime.Time;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>
/// Random event streams against the shop's journeys: whatever contacts do, the runtime never
/// throws, never sends marketing to a contact who unsubscribed from the channel, never exceeds a
/// frequency cap, never sends inside quiet hours, and never runs one instance's step twice.
/// </summary>
public sealed class RandomStreamProperties
{
    private static readonly Lazy<JourneyCatalog> Shop = new(() => Workspaces.Example("shop").Catalog!);

    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Random_streams_keep_every_policy_and_never_repeat_a_step() =>
        Gen.Int.Sample(seed => Check(seed), iter: 120, threads: 1);

    private static void Check(int seed)
    {
        var catalog = Shop.Value;
        var random = new Random(seed);
        var simulator = new Simulator(catalog, Start);
        var contacts = Enumerable.Range(0, 4).Select(i => $"c{i}").ToList();
        var zones = new[] { "Europe/Warsaw", "America/New_York", "Asia/Kolkata", "Australia/Sydney" };
        for (var i = 0; i < contacts.Count; i++)
        {
            var fields = RandomValues.Record(catalog.ContactFields, random, Start);
            fields["email"] = contacts[i] + "@example.com";
            fields["timezone"] = zones[i];
            simulator.AddContact(catalog.NewContact(contacts[i], fields));
        }

        var events = catalog.EventFields.Keys.Order(StringComparer.Ordinal).ToList();
        var at = Start;
        for (var i = 0; i < 60; i++)
        {
            at += TimeSpan.FromMinutes(random.Next(1, 60 * 30));
            var contact = contacts[random.Next(contacts.Count)];
            if (random.Next(10) == 0)
            {
                var field = catalog.ContactFields[random.Next(catalog.ContactFields.Count)];
                if (field.Kind is not (FieldKind.Email or FieldKind.TimeZone))
                {
                    simulator.Schedule(at, contact, Stimulus.Changed(new Dictionary<string, object?> { [field.Name] = RandomValues.Value(field, random, at) }));
                }

                continue;
            }

            var name = events[random.Next(events.Count)];
            simulator.Schedule(at, contact, Stimulus.Arrived(catalog.NewEvent(name, at, RandomValues.Record(catalog.EventFields[name], random, at))));
        }

        simulator.RunUntil(at + TimeSpan.FromDays(60));
        foreach (var contact in contacts)
        {
            var state = simulator.Contact(contact)!;
            var timeline = simulator.Timeline.Where(e => e.ContactId == contact).Select(e => e.Effect).ToList();
            var zone = simulator.Executor.TimeZoneOf(state.Profile);
            Assert.DoesNotContain(timeline, e => e.Kind == EffectKind.Failed);
            NoMarketingAfterUnsubscribe(simulator, contact, timeline);
            CapsHold(catalog, timeline);
            NothingInQuietHours(catalog, timeline, zone);
            NoStepTwice(timeline);
        }
    }

    private static bool Marketing(JourneyCatalog catalog, Effect send) =>
        !(catalog.Templates.TryGetValue(send.Name!, out var info) && info.Transactional);

    private static void NoMarketingAfterUnsubscribe(Simulator simulator, string contact, List<Effect> timeline)
    {
        var catalog = simulator.Executor.Catalog;
        var unsubscribes = simulator.Contact(contact)!.History.Where(e => e.EventName == "unsubscribed").ToList();
        foreach (var send in timeline.Where(e => e.Kind == EffectKind.Send && Marketing(catalog, e)))
        {
            foreach (var unsubscribe in unsubscribes.Where(u => u.OccurredAt <= send.At))
            {
                var channel = catalog.ReadEventField(unsubscribe, "channel") as string;
                var all = !Enum.TryParse<Channel>(channel, ignoreCase: true, out var one) || !Enum.IsDefined(one);
                Assert.False(all || one == send.Channel, $"{contact} got {send.Channel} {send.Name} at {send.At} after unsubscribing at {unsubscribe.OccurredAt}");
            }
        }
    }

    private static void CapsHold(JourneyCatalog catalog, List<Effect> timeline)
    {
        foreach (var cap in catalog.Policy.Caps)
        {
            var sends = timeline.Where(e => e.Kind == EffectKind.Send && e.Channel == cap.Channel && Marketing(catalog, e)).Select(e => e.At).ToList();
            foreach (var send in sends)
            {
                var inWindow = sends.Count(s => s > send - cap.Period && s <= send);
                Assert.True(inWindow <= cap.Count, $"{inWindow} {cap.Channel} sends in the {cap.Period} up to {send}");
            }
        }
    }

    private static void NothingInQuietHours(JourneyCatalog catalog, List<Effect> timeline, TimeZoneInfo zone)
    {
        if (catalog.Policy.QuietHours is not { } quiet)
        {
            return;
        }

        foreach (var send in timeline.Where(e => e.Kind == EffectKind.Send && Marketing(catalog, e)))
        {
            Assert.False(ZonedTime.InQuietHours(send.At, quiet, quiet.Utc ? TimeZoneInfo.Utc : zone), $"{send.Name} at {send.At} is inside quiet hours");
        }
    }

    /// <summary>Journeys have no loops: within one entry, no step's line produces the same kind of effect twice, and no send key repeats.</summary>
    private static void NoStepTwice(List<Effect> timeline)
    {
        var keys = timeline.Where(e => e.Kind == EffectKind.Send).Select(e => e.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        var entryOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int, int, EffectKind)>();
        foreach (var effect in timeline)
        {
            if (effect.Journey is not { } journey)
            {
                continue;
            }

            if (effect.Kind == EffectKind.Entered)
            {
                entryOf[journey] = entryOf.GetValueOrDefault(journey) + 1;
            }

            if (effect.Line > 0 && effect.Kind != EffectKind.SendSkipped)
            {
                Assert.True(seen.Add((journey, entryOf.GetValueOrDefault(journey), effect.Line, effect.Kind)), $"{journey} line {effect.Line} ran twice ({effect.Kind})");
            }
        }
    }
}
