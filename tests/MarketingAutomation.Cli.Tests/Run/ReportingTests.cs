using System.Text.Json;
using MarketingAutomation.Hosting.Reporting;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Simulation;

namespace MarketingAutomation.Cli.Tests.Run;

/// <summary>The run report's formatting, from hand-made effects: descriptions, timeline lines, summary tables, JSON.</summary>
public sealed class ReportingTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 15, 0, TimeSpan.Zero);

    public static TheoryData<Effect, string> Descriptions => new()
    {
        { new Effect(EffectKind.Entered, At, "welcome") { Detail = "event signed_up" }, "entered (event signed_up)" },
        { new Effect(EffectKind.Entered, At, "cross_sell") { Detail = "event order_placed (holdout: no sends)" }, "entered (event order_placed; holdout: no sends)" },
        { new Effect(EffectKind.Send, At, "welcome") { Channel = Channel.Email, Name = "welcome_1" }, "sent email welcome_1" },
        { new Effect(EffectKind.Send, At, "orders") { Channel = Channel.Email, Name = "receipt", Detail = "transactional" }, "sent email receipt (transactional)" },
        { new Effect(EffectKind.SendHeld, At, "welcome") { Channel = Channel.Email, Name = "welcome_2", Until = At.AddHours(22).AddMinutes(-15), Detail = "quiet hours" }, "held email welcome_2 until 2026-03-03 08:00 (quiet hours)" },
        { new Effect(EffectKind.SendSkipped, At, "cart") { Channel = Channel.Sms, Name = "cart_nudge", Detail = "unsubscribed from sms" }, "skipped sms cart_nudge: unsubscribed from sms" },
        { new Effect(EffectKind.Tag, At, "vip") { Name = "vip" }, "tag \"vip\"" },
        { new Effect(EffectKind.Untag, At, "vip") { Name = "vip" }, "untag \"vip\"" },
        { new Effect(EffectKind.StageChanged, At, "orders") { Name = "customer" }, "stage → customer" },
        { new Effect(EffectKind.GoalReached, At, "welcome") { Name = "order_placed", Amount = 120m }, "goal reached (order_placed, 120)" },
        { new Effect(EffectKind.Exited, At, "welcome") { Detail = "leave when unsubscribed" }, "left: leave when unsubscribed" },
        { new Effect(EffectKind.Completed, At, "welcome"), "completed" },
        { new Effect(EffectKind.Post, At, "crm") { Name = "crm" }, "posted to crm" },
        { new Effect(EffectKind.NotifySales, At, "crm") { Detail = "Hot lead" }, "notified sales: \"Hot lead\"" },
        { new Effect(EffectKind.NotifySales, At, "crm"), "notified sales" },
        { new Effect(EffectKind.SplitAssigned, At, "cart") { Name = "x", Detail = "a" }, "split \"x\" → a" },
        { new Effect(EffectKind.ScoreChanged, At, null) { Name = "loyalty", Amount = -30m, Detail = "20" }, "score loyalty -30 (now 20)" },
        { new Effect(EffectKind.SetAttribute, At, null) { Name = "marketing_consent", Detail = "false" }, "set marketing_consent = false" },
        { new Effect(EffectKind.Failed, At, "welcome") { Detail = "boom" }, "failed: boom" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Effects_read_as_a_marketer_would_say_them(Effect effect, string expected) =>
        Assert.Equal(expected, EffectDescription.Of(effect));

    [Fact]
    public void Timeline_lines_have_aligned_columns_and_the_script_line_when_known()
    {
        var formatter = new TimelineFormatter(["ala", "piotr"], ["welcome_series", "vip"], PlainStyler.Instance);
        var send = new Effect(EffectKind.Send, At, "welcome_series") { Channel = Channel.Email, Name = "welcome_1", File = "/ws/welcome.journey", Line = 33 };
        var tag = new Effect(EffectKind.Tag, At, "vip") { Name = "vip" };

        var first = formatter.Format(new TimelineEntry("ala", send));
        var second = formatter.Format(new TimelineEntry("piotr", tag));

        Assert.StartsWith("2026-03-02 10:15  ala    welcome_series  sent email welcome_1", first);
        Assert.EndsWith("  welcome.journey:33", first);
        Assert.Equal("2026-03-02 10:15  piotr  vip             tag \"vip\"", second);
    }

    [Fact]
    public void Timeline_text_from_input_files_cannot_carry_escape_codes()
    {
        var formatter = new TimelineFormatter(["a"], ["j"], PlainStyler.Instance);
        var line = formatter.Format(new TimelineEntry("evil\u001b[31m", new Effect(EffectKind.Completed, At, "j")));
        Assert.DoesNotContain('\u001b', line);
    }

    [Fact]
    public void The_summary_counts_outcomes_and_does_not_count_a_conversion_as_an_exit()
    {
        var summary = Summary();
        var welcome = summary.Journeys[0];

        Assert.Equal(("welcome", 2, 1, 120m, 1, 1), (welcome.Journey, welcome.Entered, welcome.Converted, welcome.Revenue, welcome.Exited, welcome.Completed));
        Assert.Equal(2, welcome.SentByChannel[(int)Channel.Email]);
        var template = Assert.Single(welcome.Templates);
        Assert.Equal((2, 1, 1), (template.Sent, template.Held, template.Skipped));
        Assert.Equal([("frequency cap", 1)], welcome.SkippedByReason);
        Assert.Equal(0, summary.Journeys[1].Entered);
    }

    [Fact]
    public void The_summary_prints_as_tables()
    {
        var lines = SummaryFormatter.Lines(Summary(), PlainStyler.Instance).ToList();

        Assert.Contains("Journeys", lines);
        Assert.Contains("  journey  entered  active  converted  revenue  exited  completed  failed  sent  email", lines);
        Assert.Contains("  welcome        2       0          1      120       1          1       0     2      2", lines);
        Assert.Contains("  idle           0       0          0        0       0          0       0     0      0", lines);
        Assert.Contains("  welcome  welcome_1  email       2     1        1", lines);
        Assert.Contains("  welcome  frequency cap        1", lines);
    }

    [Fact]
    public void The_json_report_has_a_timeline_and_a_summary_with_stable_names()
    {
        var header = new RunHeader("shop", "c.jsonl", "e.jsonl", false, 1, 3, 1, 0, At, At.AddDays(30), TimeSpan.FromDays(30), false);
        var send = new TimelineEntry("ala", new Effect(EffectKind.Send, At, "welcome")
        {
            Channel = Channel.Email,
            Name = "welcome_1",
            Arguments = [new Argument("total", 89.5m)],
        });
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            RunJsonWriter.Write(writer, header, [send], Summary(), [], null, value => value);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        var root = document.RootElement;
        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        Assert.Equal(2, root.GetProperty("inputs").GetProperty("eventsRead").GetInt32());
        var entry = root.GetProperty("timeline")[0];
        Assert.Equal("2026-03-02T10:15:00Z", entry.GetProperty("at").GetString());
        Assert.Equal("send", entry.GetProperty("kind").GetString());
        Assert.Equal("email", entry.GetProperty("channel").GetString());
        Assert.Equal("89.5", entry.GetProperty("arguments").GetProperty("total").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("line").ValueKind);
        var journey = root.GetProperty("summary")[0];
        Assert.Equal("welcome", journey.GetProperty("journey").GetString());
        Assert.Equal(2, journey.GetProperty("sent").GetProperty("email").GetInt32());
        Assert.Equal("frequency cap", journey.GetProperty("skipped")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public void The_header_names_files_counts_and_the_time_range()
    {
        var header = new RunHeader("examples/shop", "examples/shop/sample/contacts.jsonl", null, true, 12, 0, 0, 2, At, At.AddDays(30), TimeSpan.FromDays(30), false);

        var text = string.Join("\n", HeaderFormatter.Lines(header, PlainStyler.Instance));

        Assert.Contains("contacts  examples/shop/sample/contacts.jsonl (sample): 12 contacts", text);
        Assert.Contains("events    (no file)", text);
        Assert.Contains("2026-03-02 10:15 → 2026-04-01 10:15 UTC (30d after the last input; virtual time)", text);
        Assert.Contains("skipped   2 bad lines", text);
    }

    private static RunSummary Summary()
    {
        var summary = new RunSummary(["welcome", "idle"]);
        Effect[] effects =
        [
            new(EffectKind.Entered, At, "welcome"),
            new(EffectKind.Send, At, "welcome") { Channel = Channel.Email, Name = "welcome_1" },
            new(EffectKind.GoalReached, At, "welcome") { Name = "order_placed", Amount = 120m },
            new(EffectKind.Exited, At, "welcome") { Detail = "goal reached" },
        ];
        foreach (var effect in effects)
        {
            summary.Add(new TimelineEntry("ala", effect));
        }

        Effect[] others =
        [
            new(EffectKind.Entered, At, "welcome"),
            new(EffectKind.SendHeld, At, "welcome") { Channel = Channel.Email, Name = "welcome_1" },
            new(EffectKind.Send, At, "welcome") { Channel = Channel.Email, Name = "welcome_1" },
            new(EffectKind.SendSkipped, At, "welcome") { Channel = Channel.Email, Name = "welcome_1", Detail = "frequency cap" },
            new(EffectKind.Exited, At, "welcome") { Detail = "leave when unsubscribed" },
            new(EffectKind.Completed, At, "welcome"),
            new(EffectKind.ScoreChanged, At, null) { Name = "loyalty", Amount = 5 },
        ];
        foreach (var effect in others)
        {
            summary.Add(new TimelineEntry("piotr", effect));
        }

        return summary;
    }
}
