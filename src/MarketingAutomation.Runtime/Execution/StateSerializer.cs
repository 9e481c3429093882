namespace MarketingAutomation.Runtime.Execution;

/// <summary>
/// A compact binary form of <see cref="ContactState"/> and <see cref="JourneyState"/>, for hosts
/// that store contacts between stimuli. Events and profiles are written field by field through the
/// catalog's schema (plain values), so the form does not depend on generated type names. The first
/// byte is a format version.
/// </summary>
public sealed partial class StateSerializer(JourneyCatalog catalog)
{
    private const byte FormatVersion = 1;

    /// <summary>
    /// The largest scratch buffer a thread keeps between states. A new stream per state grew
    /// through several arrays before its final copy, which made state writing the largest source
    /// of byte arrays the server allocated while it took events.
    /// </summary>
    private const int KeptScratchBytes = 256 * 1024;

    /// <summary>Each thread's scratch writer, taken out while a state is written (so a nested write would make its own).</summary>
    [ThreadStatic]
    private static BinaryWriter? scratch;

    public byte[] Serialize(ContactState state)
    {
        var writer = TakeScratch();
        WriteContact(writer, state);
        return CopyOut(writer);
    }

    public ContactState DeserializeContact(byte[] data)
    {
        using var r = new BinaryReader(new MemoryStream(data));
        CheckVersion(r);
        return ReadContact(r);
    }

    public byte[] Serialize(JourneyState instance)
    {
        var writer = TakeScratch();
        WriteInstance(writer, instance);
        return CopyOut(writer);
    }

    public JourneyState DeserializeInstance(byte[] data)
    {
        using var r = new BinaryReader(new MemoryStream(data));
        CheckVersion(r);
        return ReadInstance(r);
    }

    /// <summary>The thread's scratch writer, emptied, with the format version written.</summary>
    private static BinaryWriter TakeScratch()
    {
        var writer = scratch ?? new BinaryWriter(new MemoryStream());
        scratch = null;
        ((MemoryStream)writer.BaseStream).SetLength(0);
        writer.Write(FormatVersion);
        return writer;
    }

    /// <summary>What <paramref name="writer"/> holds, copied out; the writer is kept for the next state unless it grew large.</summary>
    private static byte[] CopyOut(BinaryWriter writer)
    {
        writer.Flush();
        var stream = (MemoryStream)writer.BaseStream;
        var bytes = stream.ToArray();
        if (stream.Capacity <= KeptScratchBytes)
        {
            scratch = writer;
        }

        return bytes;
    }

    private static void CheckVersion(BinaryReader r)
    {
        var version = r.ReadByte();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Stored state has format {version}; this runtime reads format {FormatVersion}.");
        }
    }

    private void WriteInstance(BinaryWriter w, JourneyState s)
    {
        w.Write(s.Journey);
        w.Write(s.Version);
        w.Write7BitEncodedInt(s.Step);
        w.Write((byte)s.Status);
        w.Write(s.InHoldout);
        WriteMoment(w, s.EnteredAt);
        w.Write(s.Wait is not null);
        if (s.Wait is { } wait)
        {
            w.Write((byte)wait.Kind);
            WriteMoment(w, wait.Due);
            WriteOptionalString(w, wait.EventName);
            w.Write7BitEncodedInt(wait.ReceivedStep);
            w.Write7BitEncodedInt(wait.TimeoutStep);
        }

        WriteOptionalEvent(w, s.Trigger);
        WriteOptionalEvent(w, s.Received);
    }

    private JourneyState ReadInstance(BinaryReader r)
    {
        var journey = r.ReadString();
        var version = r.ReadString();
        var step = r.Read7BitEncodedInt();
        var status = (JourneyStatus)r.ReadByte();
        var holdout = r.ReadBoolean();
        var entered = ReadMoment(r);
        PendingWait? wait = null;
        if (r.ReadBoolean())
        {
            wait = new PendingWait((WaitKind)r.ReadByte(), ReadMoment(r), ReadOptionalString(r), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        }

        return new JourneyState
        {
            Journey = journey,
            Version = version,
            Step = step,
            Status = status,
            InHoldout = holdout,
            EnteredAt = entered,
            Wait = wait,
            Trigger = ReadOptionalEvent(r),
            Received = ReadOptionalEvent(r),
        };
    }

    private void WriteOptionalEvent(BinaryWriter w, EventData? e)
    {
        w.Write(e is not null);
        if (e is not null)
        {
            WriteEvent(w, e);
        }
    }

    private EventData? ReadOptionalEvent(BinaryReader r) => r.ReadBoolean() ? ReadEvent(r) : null;

    private void WriteEvent(BinaryWriter w, EventData e)
    {
        w.Write(e.EventName);
        WriteMoment(w, e.OccurredAt);
        foreach (var field in catalog.EventFields[e.EventName])
        {
            PlainValueCodec.Write(w, catalog.ReadEventField(e, field.Name));
        }
    }

    private EventData ReadEvent(BinaryReader r)
    {
        var name = r.ReadString();
        var at = ReadMoment(r);
        if (!catalog.EventFields.TryGetValue(name, out var fields))
        {
            throw new InvalidDataException($"Stored state names event '{name}', which this workspace does not declare.");
        }

        var values = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            values[field.Name] = PlainValueCodec.Read(r);
        }

        return catalog.NewEvent(name, at, values);
    }

    private static void WriteMoment(BinaryWriter w, DateTimeOffset moment) => w.Write(moment.UtcTicks);

    private static DateTimeOffset ReadMoment(BinaryReader r) => new(r.ReadInt64(), TimeSpan.Zero);

    private static void WriteOptionalString(BinaryWriter w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? ReadOptionalString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
