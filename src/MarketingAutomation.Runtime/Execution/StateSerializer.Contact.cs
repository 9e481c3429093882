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
            w.Write7BitEncodedInt(score.RuleHits.Count);
            foreach (var (rule, hits) in score.RuleHits)
            {
                w.Write7BitEncodedInt(rule);
                WriteMoments(w, hits);
            }
        }

        WriteOptionalString(w, s.Stage);
        w.Write7BitEncodedInt(s.StageHistory.Count);
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

        w.Write7BitEncodedInt(s.Converting.Count);
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
        ReadStrings(r, s.Tags);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            var score = new ScoreState();
            s.Scores[r.ReadString()] = score;
            score.Points = r.ReadDecimal();
            score.DecayedAt = ReadMoment(r);
            for (var j = r.Read7BitEncodedInt(); j > 0; j--)
            {
                var rule = r.Read7BitEncodedInt();
                score.RuleHits[rule] = ReadMoments(r);
            }
        }

        s.Stage = ReadOptionalString(r);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.StageHistory.Add(new StageChange(r.ReadString(), ReadMoment(r), ReadOptionalString(r)));
        }

        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.History.Add(ReadEvent(r));
        }

        ReadStrings(r, s.Opened);
        ReadStrings(r, s.Clicked);
        ReadCounts(r, s.EngagementByHour);
        ReadCounts(r, s.EngagementByChannel);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Unsubscribed.Add((Channel)r.ReadByte());
        }

        s.LastActivity = ReadOptionalMoment(r);
        s.FirstSeen = ReadOptionalMoment(r);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Instances.Add(ReadInstance(r));
        }

        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Converting.Add(ReadInstance(r));
        }

        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Entries[r.ReadString()] = new EntryRecord(r.Read7BitEncodedInt(), ReadMoment(r));
        }

        ReadStrings(r, s.Segments);
        s.SegmentsRecheckAt = ReadOptionalMoment(r);
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            s.Sent.Add(new SentMessage((Channel)r.ReadByte(), ReadMoment(r)));
        }

        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            var journey = r.ReadString();
            var channel = (Channel)r.ReadByte();
            var template = r.ReadString();
            var arguments = new Argument[r.Read7BitEncodedInt()];
            for (var j = 0; j < arguments.Length; j++)
            {
                arguments[j] = new Argument(r.ReadString(), PlainValueCodec.Read(r));
            }

            s.Held.Add(new HeldSend(journey, channel, template, arguments, ReadMoment(r), r.Read7BitEncodedInt(), ReadOptionalString(r), r.ReadString()));
        }

        ReadMomentMap(r, s.TriggerDue);
        ReadMomentMap(r, s.TriggerFired);
        s.EffectCounter = r.ReadInt64();
        return s;
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyCollection<string> items)
    {
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items.Order(StringComparer.Ordinal))
        {
            w.Write(item);
        }
    }

    private static void ReadStrings(BinaryReader r, ISet<string> into)
    {
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            into.Add(r.ReadString());
        }
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

    private static void WriteMoments(BinaryWriter w, List<DateTimeOffset> moments)
    {
        w.Write7BitEncodedInt(moments.Count);
        foreach (var moment in moments)
        {
            WriteMoment(w, moment);
        }
    }

    private static List<DateTimeOffset> ReadMoments(BinaryReader r)
    {
        var list = new List<DateTimeOffset>();
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            list.Add(ReadMoment(r));
        }

        return list;
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

    private static void WriteMomentMap(BinaryWriter w, Dictionary<string, DateTimeOffset> map)
    {
        w.Write7BitEncodedInt(map.Count);
        foreach (var (key, moment) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(key);
            WriteMoment(w, moment);
        }
    }

    private static void ReadMomentMap(BinaryReader r, Dictionary<string, DateTimeOffset> into)
    {
        for (var i = r.Read7BitEncodedInt(); i > 0; i--)
        {
            into[r.ReadString()] = ReadMoment(r);
        }
    }
}
