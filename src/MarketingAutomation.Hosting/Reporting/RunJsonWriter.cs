using System.Text.Json;
using MarketingAutomation.Hosting.Input;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Hosting.Reporting;

/// <summary>
/// `ma run --format json`: one document with the header, the timeline and the summary, for
/// scripts and notebooks. Property names are a contract (docs/cli.md): add, never rename; every
/// property is always written, null when it does not apply. The caller owns the writer and its
/// options (indentation, escaping).
/// </summary>
public static class RunJsonWriter
{
    public const int FormatVersion = 1;

    /// <param name="plain">Turns a send argument's value into a plain value (the catalog's <see cref="JourneyCatalog.Plain"/>).</param>
    /// <param name="stoppedAt">When the run was stopped early (Ctrl+C), or null.</param>
    public static void Write(
        Utf8JsonWriter json,
        RunHeader header,
        IReadOnlyList<TimelineEntry> timeline,
        RunSummary summary,
        IReadOnlyList<InputProblem> problems,
        DateTimeOffset? stoppedAt,
        Func<object?, object?> plain)
    {
        json.WriteStartObject();
        json.WriteNumber("formatVersion", FormatVersion);
        json.WriteString("workspace", header.Workspace);
        json.WriteStartObject("inputs");
        json.WriteString("contacts", header.ContactsFile);
        json.WriteString("events", header.EventsFile);
        json.WriteBoolean("sample", header.SampleInputs);
        json.WriteNumber("contactsRead", header.Contacts);
        json.WriteNumber("eventsRead", header.Events - header.ProfileChanges);
        json.WriteNumber("profileChangesRead", header.ProfileChanges);
        json.WriteNumber("linesSkipped", header.LinesSkipped);
        json.WriteEndObject();
        json.WriteString("start", ReportText.Iso(header.Start));
        json.WriteString("end", ReportText.Iso(header.End));
        WriteNullableMoment(json, "stoppedAt", stoppedAt);
        json.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            json.WriteString("file", problem.File);
            json.WriteNumber("line", problem.Line);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("timeline");
        foreach (var entry in timeline)
        {
            WriteEntry(json, entry, plain);
        }

        json.WriteEndArray();
        json.WriteStartArray("summary");
        foreach (var journey in summary.Journeys)
        {
            WriteJourney(json, journey);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntry(Utf8JsonWriter json, TimelineEntry entry, Func<object?, object?> plain)
    {
        var effect = entry.Effect;
        json.WriteStartObject();
        json.WriteString("at", ReportText.Iso(effect.At));
        json.WriteString("contact", entry.ContactId);
        json.WriteString("journey", effect.Journey);
        json.WriteString("kind", EffectDescription.KindName(effect.Kind));
        json.WriteString("text", EffectDescription.Of(effect));
        json.WriteString("channel", effect.Channel is { } channel ? EffectDescription.ChannelName(channel) : null);
        json.WriteString("name", effect.Name);
        json.WriteString("detail", effect.Detail);
        if (effect.Amount is { } amount)
        {
            json.WriteNumber("amount", amount);
        }
        else
        {
            json.WriteNull("amount");
        }

        WriteNullableMoment(json, "until", effect.Until);
        json.WriteString("recipient", effect.Recipient);
        json.WriteStartObject("arguments");
        foreach (var argument in effect.Arguments)
        {
            json.WriteString(argument.Name, PlainText.Of(plain(argument.Value)));
        }

        json.WriteEndObject();
        json.WriteString("file", EffectDescription.FileName(effect));
        if (effect.Line > 0)
        {
            json.WriteNumber("line", effect.Line);
        }
        else
        {
            json.WriteNull("line");
        }

        json.WriteEndObject();
    }

    private static void WriteJourney(Utf8JsonWriter json, JourneyTally journey)
    {
        json.WriteStartObject();
        json.WriteString("journey", journey.Journey);
        json.WriteNumber("entered", journey.Entered);
        json.WriteNumber("active", journey.Active);
        json.WriteNumber("converted", journey.Converted);
        json.WriteNumber("revenue", journey.Revenue);
        json.WriteNumber("exited", journey.Exited);
        json.WriteNumber("completed", journey.Completed);
        json.WriteNumber("failed", journey.Failed);
        json.WriteStartObject("sent");
        foreach (var channel in Enum.GetValues<Channel>())
        {
            json.WriteNumber(EffectDescription.ChannelName(channel), journey.SentByChannel[(int)channel]);
        }

        json.WriteEndObject();
        json.WriteStartArray("templates");
        foreach (var template in journey.Templates)
        {
            json.WriteStartObject();
            json.WriteString("template", template.Template);
            json.WriteString("channel", EffectDescription.ChannelName(template.Channel));
            json.WriteNumber("sent", template.Sent);
            json.WriteNumber("held", template.Held);
            json.WriteNumber("skipped", template.Skipped);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("skipped");
        foreach (var (reason, count) in journey.SkippedByReason)
        {
            json.WriteStartObject();
            json.WriteString("reason", reason);
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNullableMoment(Utf8JsonWriter json, string name, DateTimeOffset? at)
    {
        if (at is { } moment)
        {
            json.WriteString(name, ReportText.Iso(moment));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
