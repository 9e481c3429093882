using System.Text.Json;
using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Server.Contacts;
using MarketingAutomation.Server.Deployments;
using MarketingAutomation.Server.Storage;

namespace MarketingAutomation.Server.Grains;

/// <summary>
/// What one grain call changes, gathered for one write: every effect becomes a timeline row (the
/// "why"), each deliverable one (a send, a `post`, a `notify sales`, an emit) also an outbox row.
/// </summary>
internal sealed class ContactChanges(string contactId, Deployment deployment, DateTimeOffset now)
{
    private readonly List<string> processed = [];
    private readonly List<OutboxRow> outbox = [];
    private readonly List<TimelineRow> timeline = [];

    public bool IsEmpty => processed.Count == 0 && outbox.Count == 0 && timeline.Count == 0;

    public void Processed(string eventId) => processed.Add(eventId);

    /// <summary>The ids of the events applied, in order.</summary>
    public IReadOnlyList<string> ProcessedEvents => processed;

    /// <param name="stimulus">
    /// Names the stimulus in the keys of effects that have no key of their own: the event id for an
    /// event, a fresh id for a timer or a profile change. Nothing is stored before the write
    /// commits, and a committed stimulus is never applied again, so a key only has to be unique.
    /// </param>
    public void Record(IReadOnlyList<Effect> effects, ContactState state, string stimulus)
    {
        for (var i = 0; i < effects.Count; i++)
        {
            var effect = effects[i];
            timeline.Add(TimelineOf(effect));
            if (effect.Kind is EffectKind.Send or EffectKind.Post or EffectKind.NotifySales or EffectKind.Emit)
            {
                outbox.Add(OutboxOf(effect, state, effect.Key ?? $"{contactId}:{stimulus}:{i}"));
            }
        }
    }

    public ContactWrite ToWrite(ContactState state) => new(
        contactId,
        deployment.Number,
        deployment.Serializer.Serialize(state),
        deployment.Addresses.Email(state.Profile),
        Executor.NextWakeUp(state),
        processed,
        outbox,
        timeline);

    public static TimelineRow TimelineOf(Effect effect) => new(
        effect.At,
        effect.Journey,
        EffectDescription.KindName(effect.Kind),
        effect.Channel is { } channel ? EffectDescription.ChannelName(channel) : null,
        effect.Name,
        effect.Detail,
        effect.Amount,
        EffectDescription.Of(effect),
        EffectDescription.FileName(effect),
        effect.Line > 0 ? effect.Line : null,
        effect.Key);

    private OutboxRow OutboxOf(Effect effect, ContactState state, string key)
    {
        var (kind, channel, name, recipient) = effect.Kind switch
        {
            EffectKind.Send => (OutboxKind.Message, effect.Channel ?? Channel.Email, effect.Name ?? string.Empty,
                deployment.Addresses.For(state.Profile, effect.Channel ?? Channel.Email)),
            EffectKind.Post => (OutboxKind.Post, Channel.Webhook, effect.Name ?? string.Empty, null),
            EffectKind.NotifySales => (OutboxKind.NotifySales, Channel.Webhook, effect.Detail ?? string.Empty, null),
            _ => (OutboxKind.Emit, Channel.Webhook, effect.Name ?? string.Empty, effect.Recipient),
        };
        return new OutboxRow(
            key, contactId, deployment.Number, kind, EffectDescription.ChannelName(channel), name, effect.Journey, recipient,
            Payload(effect, state.Profile), Attempts: 0, NextAttempt: now);
    }

    /// <summary>
    /// The row's JSON: the contact's plain values as they were, the arguments, and for an emit the
    /// event's fields. The profile's fields are written as they are read, not gathered first.
    /// </summary>
    private string Payload(Effect effect, ContactProfile profile) =>
        JsonBuilder.Write((Effect: effect, Profile: profile, Catalog: deployment.Catalog), static (writer, row) =>
        {
            var (effect, profile, catalog) = row;
            writer.WriteStartObject();
            writer.WritePropertyName("contact");
            writer.WriteStartObject();
            foreach (var field in catalog.ContactFields)
            {
                writer.WritePropertyName(field.Name);
                PlainJson.Write(writer, catalog.ReadField(profile, field.Name));
            }

            writer.WriteEndObject();
            writer.WritePropertyName("arguments");
            writer.WriteStartObject();
            foreach (var argument in effect.Arguments)
            {
                writer.WritePropertyName(argument.Name);
                PlainJson.Write(writer, catalog.Plain(argument.Value));
            }

            writer.WriteEndObject();
            writer.WriteBoolean("transactional", effect.Kind == EffectKind.Send && effect.Detail == "transactional");
            if (effect.Event is { } emitted && catalog.EventFields.TryGetValue(emitted.EventName, out var fields))
            {
                writer.WritePropertyName("event");
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WritePropertyName(field.Name);
                    PlainJson.Write(writer, catalog.ReadEventField(emitted, field.Name));
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        });
}
