namespace MarketingAutomation.Benchmarks.Generation;

/// <summary>The steps of one generated journey: a random sequence drawn from every kind of step.</summary>
internal sealed class StepWriter(Random random, Lines text, string journey, bool withEvent, int index)
{
    public void Main()
    {
        Send("email", "welcome");
        var steps = random.Next(7, 11);
        for (var i = 0; i < steps; i++)
        {
            Step(depth: 0);
        }

        // Every template is used at least once, as in a real workspace.
        Send("email", "offer");
        Preferred();
    }

    private void Step(int depth)
    {
        switch (random.Next(depth > 1 ? 9 : 12))
        {
            case 0:
                text.Add($"wait {random.Next(1, 10)}d");
                break;
            case 1:
                Send("email", "offer");
                break;
            case 2:
                text.Add($"tag \"tag_{random.Next(50)}\"");
                break;
            case 3:
                text.Add($"score {SchemaWriter.Score(random.Next(SchemaWriter.ScoreCount))} += {random.Next(1, 20)}");
                break;
            case 4:
                text.Add(random.Next(2) == 0 ? "set contact.tier = gold" : "set contact.orders = contact.orders + 1");
                break;
            case 5:
                text.Add($"stage {SchemaWriter.Stage(random.Next(SchemaWriter.StageCount))}");
                break;
            case 6:
                text.Add("wait until 09:00 local on weekdays");
                break;
            case 7:
                Post();
                break;
            case 8:
                text.Add("notify sales \"Follow up with {{ contact.first_name }} ({{ contact.email }})\"");
                break;
            case 9:
                If(depth);
                break;
            case 10:
                WaitFor(depth);
                break;
            default:
                Split(depth);
                break;
        }
    }

    private void Send(string channel, string template)
    {
        var arguments = template == "offer" ? $" with {{ offer: {random.Next(5, 30)} }}" : string.Empty;
        var bestTime = random.Next(4) == 0 ? " at best time" : string.Empty;
        text.Add($"send {channel} {journey}_{template}{arguments}{bestTime}");
    }

    private void Post()
    {
        var connection = SchemaWriter.Connections[random.Next(SchemaWriter.Connections.Length)];
        text.Block($"post {connection}", () =>
        {
            text.Add("email:  contact.email,");
            text.Add($"source: \"{journey}\",");
            text.Add(withEvent ? "value:  event.amount" : "value:  contact.lifetime_value");
        });
    }

    private void If(int depth)
    {
        text.Add($"if {Condition()} {{");
        text.Indent(() => Body(depth));
        if (random.Next(2) == 0)
        {
            text.Add($"}} else if {Condition()} {{");
            text.Indent(() => Body(depth));
        }

        text.Add("} else {");
        text.Indent(Preferred);
        text.Add("}");
    }

    private void Preferred() =>
        text.Block("send preferred", () =>
        {
            text.Add($"sms  {journey}_sms");
            text.Add($"push {journey}_push");
        });

    private void WaitFor(int depth)
    {
        var awaited = SchemaWriter.Event(random.Next(SchemaWriter.EventCount));
        text.Block($"wait for {awaited} where event.amount > {random.Next(10, 300)} up to {random.Next(2, 14)}d", () =>
        {
            text.Block("received", () => Body(depth));
            text.Block("timeout", () => Body(depth));
        });
    }

    private void Split(int depth)
    {
        var first = random.Next(1, 10) * 10;
        text.Block($"split \"test {index}-{random.Next(1000)}\"", () =>
        {
            text.Block($"a {first}%", () => Body(depth));
            text.Block($"b {100 - first}%", () => Body(depth));
        });
    }

    private void Body(int depth)
    {
        var steps = random.Next(1, 4);
        for (var i = 0; i < steps; i++)
        {
            Step(depth + 1);
        }
    }

    private string Condition() => random.Next(6) switch
    {
        0 => $"opened({journey}_welcome)",
        1 => $"contact in {SchemaWriter.Segment(random.Next(SchemaWriter.SegmentCount))}",
        2 => $"contact.lifetime_value > {random.Next(50, 2000)} and contact.country in [\"PL\", \"DE\"]",
        3 => $"count({SchemaWriter.Event(random.Next(SchemaWriter.EventCount))} within {random.Next(7, 90)}d) >= {random.Next(1, 4)}",
        4 => withEvent ? $"event.category == {SchemaWriter.Categories[random.Next(SchemaWriter.Categories.Length)]}" : "contact.sms_consent",
        _ => $"not clicked({journey}_welcome) and has tag \"tag_{random.Next(50)}\"",
    };
}
