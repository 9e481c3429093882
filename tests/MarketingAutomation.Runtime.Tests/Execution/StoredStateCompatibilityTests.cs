using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>
/// A contact state stored by the build before the compact state (HashSets, Dictionaries and Lists
/// in <see cref="ContactState"/>): it must still load, and the current build must store the same
/// state as the same bytes.
/// </summary>
public sealed class StoredStateCompatibilityTests
{
    /// <summary>Written by the build at f1da923 from the state <see cref="Expected"/> builds, every part of it filled.</summary>
    private const string StoredBefore =
        "AQFhAQ1hQGV4YW1wbGUuY29tAAEDQWxhAQNwcm8AAAMCAAAAAAAAAAAAAAAAAAAAAAENRXVyb3BlL1dhcnNhdwIFYnV5ZXIDdmlwAghpbnRlcmVzdCMAAAAAAAAAAAAAAAAAAQAAqKgVOnjeCAICAgCoqBU6eN4IABBtd0J43ggAAQB4MdlKeN4IA2ZpdAEAAAAAAAAAAAAAAAAAAIAA4PU6U3jeCAABA21xbAIEbGVhZACoqBU6eN4IAANtcWwAEG13QnjeCAEEZmxvdwEJc2lnbmVkX3VwAKioFTp43ggBA3dlYgIFaGVsbG8FbGF0ZXIBBWhlbGxvAAAAAAAAAAAAAgAAAAAAAAAAAAAAAAAAAgAAAAIAAQEAEG13QnjeCAEAqKgVOnjeCAEEZmxvdwJ2MQIAAACoqBU6eN4IAAAAAQRkb25lAnYxBQEAAKioFTp43ggAAAACBGZsb3cBAKioFTp43ggEZG9uZQIAEG13QnjeCAEHZW5nYWdlZAEAKHxqzHneCAEAAKioFTp43ggBBGZsb3cABWxhdGVyAQF4AQNwcm8AaBJAA3neCAwBCXcuam91cm5leQNhOjcCBGJkYXkAqOtl8YfeCAR6ZXRhACgNDs2P3ggBBGJkYXkA6CTtH2ndCAcAAAAAAAAA";

    [Fact]
    public void A_state_stored_before_the_compact_state_loads_with_every_part()
    {
        var catalog = Workspaces.Compile(Workspaces.Schema);
        var s = new StateSerializer(catalog).DeserializeContact(Convert.FromBase64String(StoredBefore));

        Assert.Equal("a", s.ContactId);
        Assert.Equal("pro", catalog.ReadField(s.Profile, "plan"));
        Assert.Equal(["buyer", "vip"], s.Tags);
        Assert.Equal(["interest", "fit"], s.Scores.Select(p => p.Key));
        Assert.Equal(3.5m, s.Scores["interest"].Points);
        Assert.Equal([new RuleHit(2, T0), new RuleHit(2, T0 + H(1)), new RuleHit(0, T0 + H(2))], s.Scores["interest"].RuleHits!);
        Assert.Null(s.Scores["fit"].RuleHits);
        Assert.Equal("mql", s.Stage);
        Assert.Equal<StageChange>([new StageChange("lead", T0, null), new StageChange("mql", T0 + H(1), "flow")], s.StageHistory);
        Assert.Equal("signed_up", Assert.Single(s.History).EventName);
        Assert.Equal(["hello", "later"], s.Opened);
        Assert.Equal(["hello"], s.Clicked);
        Assert.Equal(2, s.EngagementByHour[9]);
        Assert.Equal(2, s.EngagementByChannel[(int)Channel.Email]);
        Assert.Equal([Channel.Email, Channel.Sms], s.Unsubscribed);
        Assert.Equal((T0 + H(1), T0, T0 + D(2)), (s.LastActivity, s.FirstSeen, s.SegmentsRecheckAt));
        Assert.Equal("flow", Assert.Single(s.Instances).Journey);
        Assert.Equal(JourneyStatus.Completed, Assert.Single(s.Converting).Status);
        Assert.Equal([new EntryRecord(1, T0), new EntryRecord(2, T0 + H(1))], s.Entries.Select(p => p.Value));
        Assert.Equal(["engaged"], s.Segments);
        Assert.Equal([new SentMessage(Channel.Email, T0)], s.Sent);
        var held = Assert.Single(s.Held);
        Assert.Equal(("later", "pro", "a:7"), (held.Template, held.Arguments[0].Value, held.Key));
        Assert.Equal([T0 + D(20), T0 + D(30)], s.TriggerDue.Select(p => p.Value));
        Assert.Equal(T0 - D(345), s.TriggerFired["bday"]);
        Assert.Equal(7, s.EffectCounter);
    }

    [Fact]
    public void The_same_state_is_stored_as_the_same_bytes_as_before()
    {
        var catalog = Workspaces.Compile(Workspaces.Schema);
        var serializer = new StateSerializer(catalog);
        Assert.Equal(Convert.FromBase64String(StoredBefore), serializer.Serialize(Expected(catalog)));
        Assert.Equal(Convert.FromBase64String(StoredBefore), serializer.Serialize(serializer.DeserializeContact(Convert.FromBase64String(StoredBefore))));
    }

    private static ContactState Expected(JourneyCatalog catalog)
    {
        var s = new ContactState(catalog.NewContact("a", new Dictionary<string, object?> { ["email"] = "a@example.com", ["plan"] = "pro" }))
        {
            Tags = new NameSet(["vip", "buyer"]),
            Stage = "mql",
            StageHistory = [new StageChange("lead", T0, null), new StageChange("mql", T0 + H(1), "flow")],
            Opened = new NameSet(["hello", "later"]),
            Clicked = new NameSet(["hello"]),
            Unsubscribed = new ChannelSet([Channel.Email, Channel.Sms]),
            LastActivity = T0 + H(1),
            FirstSeen = T0,
            Converting = [new JourneyState { Journey = "done", Version = "v1", Step = 5, Status = JourneyStatus.Completed, EnteredAt = T0 }],
            Segments = new NameSet(["engaged"]),
            SegmentsRecheckAt = T0 + D(2),
            Held = { new HeldSend("flow", Channel.Email, "later", [new Argument("x", "pro")], T0 + D(1), 12, "w.journey", "a:7") },
            EffectCounter = 7,
        };
        s.Scores["interest"] = new ScoreState
        {
            Points = 3.5m,
            DecayedAt = T0,
            RuleHits = [new RuleHit(2, T0), new RuleHit(2, T0 + H(1)), new RuleHit(0, T0 + H(2))],
        };
        s.Scores["fit"] = new ScoreState { Points = -1m, DecayedAt = T0 + H(3) };
        s.History.Add(catalog.NewEvent("signed_up", T0, new Dictionary<string, object?> { ["source"] = "web" }));
        s.EngagementByHour[9] = 2;
        s.EngagementByChannel[(int)Channel.Email] = 2;
        s.Instances.Add(new JourneyState { Journey = "flow", Version = "v1", Step = 2, EnteredAt = T0 });
        s.Entries["flow"] = new EntryRecord(1, T0);
        s.Entries["done"] = new EntryRecord(2, T0 + H(1));
        s.Sent.Add(new SentMessage(Channel.Email, T0));
        s.TriggerDue["zeta"] = T0 + D(30);
        s.TriggerDue["bday"] = T0 + D(20);
        s.TriggerFired["bday"] = T0 - D(345);
        return s;
    }
}
