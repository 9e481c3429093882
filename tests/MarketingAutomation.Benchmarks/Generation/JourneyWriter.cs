using System.Text;

namespace MarketingAutomation.Benchmarks.Generation;

/// <summary>
/// Writes one journey with its templates and tests, about a hundred lines: a trigger of one of
/// every kind in turn, entry and exit rules, then a random mix of the steps marketers use.
/// </summary>
internal sealed class JourneyWriter(Random random, Dictionary<string, string> templateFiles)
{
    private const int TriggerKinds = 9;

    public string Write(int index)
    {
        var name = $"journey_{index:D4}";
        var withEvent = index % TriggerKinds == 0;
        var text = new Lines();
        text.Add($"// {name}: generated. Trigger kind {index % TriggerKinds}.");
        Templates(text, name, index);
        text.Add($"journey {name} {{");
        text.Indent(() =>
        {
            Clauses(text, index, withEvent);
            text.Add(string.Empty);
            var steps = new StepWriter(random, text, name, withEvent, index);
            steps.Main();
        });
        text.Add("}");
        text.Add(string.Empty);
        Tests(text, name, index, withEvent);
        return text.ToString();
    }

    private void Templates(Lines text, string name, int index)
    {
        text.Add($"template email {name}_welcome {{");
        text.Add($"  subject   \"Hello {{{{ contact.first_name }}}}, news from journey {index}\"");
        text.Add("  preheader \"A short preview line for the inbox.\"");
        if (index % 10 == 0)
        {
            var path = $"templates/{name}.liquid";
            templateFiles[Path.Combine(GeneratedWorkspace.Root, path)] =
                "<p>Hi {{ contact.first_name }},</p>\n{% if contact.tier == \"gold\" %}<p>Thanks for being gold.</p>{% endif %}\n<p>Bye</p>\n";
            text.Add($"  body      file \"{path}\"");
        }
        else
        {
            text.Add("  body      \"<p>Hi {{ contact.first_name }}, here is what is new this week.</p>\"");
        }

        text.Add("}");
        text.Add(string.Empty);
        text.Add($"template email {name}_offer {{");
        text.Add("  subject \"{{ offer }}% off, {{ contact.first_name }}\"");
        text.Add("  body    \"<p>Use code SAVE{{ offer }} before Sunday.</p>\"");
        text.Add("}");
        text.Add(string.Empty);
        text.Add($"template sms  {name}_sms  \"Hi {{{{ contact.first_name }}}}, a little reminder. STOP to opt out\"");
        text.Add($"template push {name}_push \"Something new is waiting for you\"");
        text.Add(string.Empty);
    }

    private void Clauses(Lines text, int index, bool withEvent)
    {
        var trigger = (index % TriggerKinds) switch
        {
            0 => $"{SchemaWriter.Event(random.Next(SchemaWriter.EventCount))} where event.amount > {random.Next(10, 200)}",
            1 => $"contact enters {SchemaWriter.Segment(random.Next(SchemaWriter.SegmentCount))}",
            2 => $"contact leaves {SchemaWriter.Segment(random.Next(SchemaWriter.SegmentCount))}",
            3 => $"stage becomes {SchemaWriter.Stage(random.Next(1, SchemaWriter.StageCount))}",
            4 => "yearly contact.birthday at 09:00 local",
            5 => "date contact.renewal_date - 7d at 10:00 local",
            6 => $"inactive {random.Next(30, 180)}d",
            7 => $"no {SchemaWriter.Event(random.Next(SchemaWriter.EventCount))} for {random.Next(30, 120)}d",
            _ => $"every monday at 09:00 local for {SchemaWriter.Segment(random.Next(SchemaWriter.SegmentCount))}",
        };
        text.Add($"when {trigger}");
        text.Add(random.Next(2) == 0 || !withEvent ? "entry every time, at most once per 30d" : "entry once");
        text.Add($"goal {SchemaWriter.Event(random.Next(SchemaWriter.EventCount))} within {random.Next(7, 60)}d");
        text.Add("leave when unsubscribed");
        text.Add("leave when contact.marketing_consent == false");
        if (random.Next(4) == 0)
        {
            text.Add($"holdout {random.Next(5, 20)}%");
        }
    }

    private void Tests(Lines text, string name, int index, bool withEvent)
    {
        for (var test = 0; test < 2; test++)
        {
            var country = SchemaWriter.Countries[random.Next(SchemaWriter.Countries.Length)];
            text.Add($"test \"{name} scenario {test + 1}\" for {name} {{");
            text.Indent(() =>
            {
                text.Add($"contact {{ email: \"c{index}_{test}@example.com\", first_name: \"Ala\", country: \"{country}\", marketing_consent: true }}");
                if (withEvent)
                {
                    text.Add($"at 0s event {SchemaWriter.Event(random.Next(SchemaWriter.EventCount))} {{ id: \"O-{index}\", amount: {random.Next(10, 900)}, category: beans, items: 2, path: \"/\" }}");
                }

                text.Add($"at 1d set contact.tier = silver");
                text.Add($"expect send email {name}_welcome");
                text.Add($"at 3d event email.opened {{ template: {name}_welcome }}");
                text.Add($"expect no send sms {name}_sms");
                text.Add("expect goal at 10d");
            });
            text.Add("}");
            text.Add(string.Empty);
        }
    }
}
