using System.Collections.Immutable;

namespace MarketingAutomation.Runtime.Execution;

/// <summary>The contact part of <see cref="StateSerializer"/>.</summary>
public sealed partial class StateSerializer
{
    private void WriteContact(BinaryWriter w, ContactState s)
    {
        w.Write(s.ContactId);
        foreach (var field in catalog.ContactFields)
        {
            PlainValueCodec.Write(w, catalog.ReadField(s.Profile, field.Name));
        }

        WriteStrings(w, s.Tags);
        w.Write7BitEncodedInt(s.Scores.Count);
        foreach (var (name, score) in s.Scores)
        {
            w.Write(name);
            w.Write(score.Points);
            WriteMoment(w, score.DecayedAt);
            WriteRuleHits(w, score.RuleHits ?? []);
        }

        WriteOptionalString(w, s.Stage);
        w.Write7BitEncodedInt(s.StageHistory.Length);
        foreach (var change in s.StageHistory)
        {
            w.Write(change.Stage);
            WriteMoment(w, change.At);
            WriteOptionalString(w, change.Journey);
        }

        w.Write7BitEncodedInt(s.History.Count);
        foreach (var e in s.History)
        {
            WriteEvent(w, e);
        }

        WriteStrings(w, s.Opened);
        WriteStrings(w, s.Clicked);
        WriteCounts(w, s.EngagementByHour);
        WriteCounts(w, s.EngagementByChannel);
        w.Write7BitEncodedInt(s.Unsubscribed.Count);
        foreach (var channel in s.Unsubscribed)
        {
            w.Write((byte)channel);
        }

        WriteOptionalMoment(w, s.LastActivity);
        WriteOptionalMoment(w, s.FirstSeen);
        w.Write7BitEncodedInt(s.Instances.Count);
        foreach (var instance in s.Instances)
        {
            WriteInstance(w, instance);
        }

        w.Write7BitEncodedInt(s.Converting.Length);
        foreach (var finished in s.Converting)
        {
            WriteInstance(w, finished);
        }

        w.Write7BitEncodedInt(s.Entries.Count);
        foreach (var (journey, entry) in s.Entries)
        {
            w.Write(journey);
            w.Write7BitEncodedInt(entry.Count);
            WriteMoment(w, entry.LastEntered);
        }

        WriteStrings(w, s.Segments);
        WriteOptionalMoment(w, s.SegmentsRecheckAt);
        w.Write7BitEncodedInt(s.Sent.Count);
        foreach (var sent in s.Sent)
        {
            w.Write((byte)sent.Channel);
            WriteMoment(w, sent.At);
        }

        w.Write7BitEncodedInt(s.Held.Count);
        foreach (var held in s.Held)
        {
            w.Write(held.Journey);
            w.Write((byte)held.Channel);
            w.Write(held.Template);
            w.Write7BitEncodedInt(held.Arguments.Count);
            foreach (var argument in held.Arguments)
            {
                w.Write(argument.Name);
                PlainValueCodec.Write(w, catalog.Plain(argument.Value));
            }

            WriteMoment(w, held.Due);
            w.Write7BitEncodedInt(held.Line);
            WriteOptionalString(w, held.File);
            w.Write(held.Key);
        }

        WriteMomentMap(w, s.TriggerDue);
        WriteMomentMap(w, s.TriggerFired);
        w.Write(s.EffectCounter);
    }

    private ContactState ReadContact(BinaryReader r)
    {
        var id = r.ReadString();
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in catalog.ContactFields)
        {
            fields[field.Name] = PlainValueCodec.Read(r);
        }

        var s = new ContactState(catalog.NewContact(id, fields));
        s.Tags = ReadNames(r);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            var score = new ScoreState();
            s.Scores[r.ReadString()] = score;
            score.Points = r.ReadDecimal();
            score.DecayedAt = ReadMoment(r);
            score.RuleHits = ReadRuleHits(r);
        }

        s.Stage = ReadOptionalString(r);
        s.StageHistory = ReadArray(r, r => new StageChange(r.ReadString(), ReadMoment(r), ReadOptionalString(r)));

        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.History.Add(ReadEvent(r));
        }

        s.Opened = ReadNames(r);
        s.Clicked = ReadNames(r);
        ReadCounts(r, s.EngagementByHour);
        ReadCounts(r, s.EngagementByChannel);
        s.Unsubscribed = new ChannelSet(ReadArray(r, r => (Channel)r.ReadByte()));
        s.LastActivity = ReadOptionalMoment(r);
        s.FirstSeen = ReadOptionalMoment(r);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Instances.Add(ReadInstance(r));
        }

        s.Converting = ReadArray(r, ReadInstance);

        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Entries[r.ReadString()] = new EntryRecord(r.Read7BitEncodedInt(), ReadMoment(r));
        }

        s.Segments = ReadNames(r);
        s.SegmentsRecheckAt = ReadOptionalMoment(r);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Sent.Add(new SentMessage((Channel)r.ReadByte(), ReadMoment(r)));
        }

        var held = r.Read7BitEncodedInt();
        s.Held.Capacity = held;
        for (var i = 0; i < held; i++)
        {
            s.Held.Add(ReadHeld(r));
        }

        ReadMomentMap(r, s.TriggerDue);
        ReadMomentMap(r, s.TriggerFired);
        s.EffectCounter = r.ReadInt64();
        return s;
    }

    private HeldSend ReadHeld(BinaryReader r)
    {
        var journey = r.ReadString();
        var channel = (Channel)r.ReadByte();
        var template = r.ReadString();
        var arguments = new Argument[r.Read7BitEncodedInt()];
        for (var j = 0; j < arguments.Length; j++)
        {
            arguments[j] = new Argument(r.ReadString(), PlainValueCodec.Read(r));
        }

        return new HeldSend(journey, channel, template, arguments, ReadMoment(r), r.Read7BitEncodedInt(), ReadOptionalString(r), r.ReadString());
    }

    /// <summary>A count, then as many items; the shared empty array when there are none (most contacts).</summary>
    private static ImmutableArray<T> ReadArray<T>(BinaryReader r, Func<BinaryReader, T> read)
    {
        var count = r.Read7BitEncodedInt();
        if (count == 0)
        {
            return [];
        }

        var items = ImmutableArray.CreateBuilder<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(r));
        }

        return items.MoveToImmutable();
    }

    /// <summary>Names in ordinal order, as <see cref="NameSet"/> keeps them.</summary>
    private static void WriteStrings(BinaryWriter w, NameSet names)
    {
        w.Write7BitEncodedInt(names.Count);
        foreach (var name in names)
        {
            w.Write(name);
        }
    }

    private static NameSet ReadNames(BinaryReader r)
    {
        var names = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = r.ReadString();
        }

        return names.Length == 0 ? default : new NameSet(names);
    }

    private static void WriteCounts(BinaryWriter w, int[] counts)
    {
        foreach (var count in counts)
        {
            w.Write7BitEncodedInt(count);
        }
    }

    private static void ReadCounts(BinaryReader r, int[] into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = r.Read7BitEncodedInt();
        }
    }

    /// <summary>Rule hits grouped by rule (in the order rules first counted): a count of rules, then per rule its index and moments.</summary>
    private static void WriteRuleHits(BinaryWriter w, List<RuleHit> hits)
    {
        var rules = hits.Select(h => h.Rule).Distinct().ToList();
        w.Write7BitEncodedInt(rules.Count);
        foreach (var rule in rules)
        {
            w.Write7BitEncodedInt(rule);
            w.Write7BitEncodedInt(hits.Count(h => h.Rule == rule));
            foreach (var hit in hits.Where(h => h.Rule == rule))
            {
                WriteMoment(w, hit.At);
            }
        }
    }

    /// <summary>
    /// The form <see cref="WriteRuleHits"/> writes; states stored before hits were one list may
    /// name a rule with no moments left, which reads as nothing. Null when there are none.
    /// </summary>
    private static List<RuleHit>? ReadRuleHits(BinaryReader r)
    {
        List<RuleHit>? hits = null;
        for (var rules = r.Read7BitEncodedInt(); rules > 0; rules--)
        {
            var rule = r.Read7BitEncodedInt();
            for (var i = r.Read7BitEncodedInt(); i > 0; i--)
            {
                (hits ??= []).Add(new RuleHit(rule, ReadMoment(r)));
            }
        }

        return hits;
    }

    private static void WriteOptionalMoment(BinaryWriter w, DateTimeOffset? moment)
    {
        w.Write(moment is not null);
        if (moment is { } m)
        {
            WriteMoment(w, m);
        }
    }

    private static DateTimeOffset? ReadOptionalMoment(BinaryReader r) => r.ReadBoolean() ? ReadMoment(r) : null;

    private static void WriteMomentMap(BinaryWriter w, NameMap<DateTimeOffset> map)
    {
        w.Write7BitEncodedInt(map.Count);
        foreach (var (key, moment) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            WriteMoment(w, moment);
        }
    }

    private static void ReadMomentMap(BinaryReader r, NameMap<DateTimeOffset> into)
    {
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            into[r.ReadString()] = ReadMoment(r);
        }
    }
}
