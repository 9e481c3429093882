using System.Diagnostics;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Cli.Tests.Infrastructure;

namespace MarketingAutomation.Cli.Tests.EndToEnd;

/// <summary>`ma run` as a real process: the examples' sample data, the JSON report, bad input lines, exit codes, live runs.</summary>
public sealed class RunCommandTests : IDisposable
{
    private const string Ala = "{\"id\": \"ala\", \"email\": \"ala@example.com\"}";

    private readonly TempWorkspace temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void The_shop_sample_runs_with_a_timeline_and_a_summary()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "run", "examples/shop");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
        Assert.Contains("Run of examples/shop", result.StdOut);
        Assert.Contains("examples/shop/sample/contacts.jsonl (sample): 12 contacts", result.StdOut);
        Assert.Matches(@"2026-03-02 07:30  ala\s+welcome_series\s+sent email welcome_1", result.StdOut);
        Assert.Contains("Journeys", result.StdOut);
        Assert.Contains("Messages by template", result.StdOut);
        Assert.DoesNotContain("\u001b[", result.StdOut);
    }

    [Fact]
    public void The_b2b_sample_loads_without_a_bad_line()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "run", "examples/b2b");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);
        Assert.Contains("sent email whitepaper_delivery", result.StdOut);
    }

    [Fact]
    public void A_sample_folder_does_not_bother_the_checker()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "check", "examples/shop");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("No problems", result.StdOut);
    }

    [Fact]
    public void The_json_report_parses_and_has_a_timeline_and_a_summary()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "run", "examples/shop", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var document = JsonDocument.Parse(result.StdOut);
        var root = document.RootElement;
        Assert.Equal(12, root.GetProperty("inputs").GetProperty("contactsRead").GetInt32());
        Assert.True(root.GetProperty("timeline").GetArrayLength() > 50);
        var welcome = root.GetProperty("summary").EnumerateArray().Single(j => j.GetProperty("journey").GetString() == "welcome_series");
        Assert.True(welcome.GetProperty("entered").GetInt32() > 0);
        Assert.True(welcome.GetProperty("sent").GetProperty("email").GetInt32() > 0);
    }

    [Fact]
    public void Bad_lines_are_reported_with_file_and_line_and_skipped()
    {
        WriteWorkspace();
        temp.Write("contacts.jsonl", string.Join("\n",
            Ala,
            "{\"id\": \"ala\", \"email\": \"ala2@example.com\"}",
            "{\"id\": \"ola\", \"emial\": \"ola@example.com\"}",
            "{\"id\": \"ewa\"}"));
        var events = new MemoryStream();
        WriteLines(events,
            SignUp("2026-03-02T10:00:00Z", "ala", "\"web\""),
            "{\"at\": \"2026-03-02T10:05:00Z\", \"contact\": \"ala\", \"event\": \"sined_up\", \"data\": {\"source\": \"web\"}}",
            SignUp("2026-03-02T10:06:00Z", "ala", "7"),
            SignUp("2026-03-02 10:07", "ala", "\"web\""),
            SignUp("2026-03-02T09:00:00Z", "ala", "\"web\""),
            "{\"at\": \"2026-03-02T10:08:00Z\", \"contact\": \"ala\",");
        events.Write("{\"contact\": \""u8);
        events.WriteByte(0xFF);
        events.Write("\"}\n"u8);
        events.Write(Encoding.ASCII.GetBytes(new string('x', (1024 * 1024) + 1) + "\n"));
        File.WriteAllBytes(Path.Combine(temp.Root, "events.jsonl"), events.ToArray());

        var result = temp.Ma("run", "ws", "--contacts", "contacts.jsonl", "--events", "events.jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] expected =
        [
            "contacts.jsonl:2: duplicate contact id \"ala\" (first on line 1)",
            "contacts.jsonl:3: the contact has no field \"emial\" (did you mean \"email\"?)",
            "contacts.jsonl:4: missing required field of the contact: email",
            "events.jsonl:2: unknown event \"sined_up\" (did you mean \"signed_up\"?)",
            "events.jsonl:3: data.source: expected text, got a number (7)",
            "events.jsonl:4: at: expected a datetime with an offset",
            "events.jsonl:5: at 2026-03-02T09:00:00Z is earlier than line 1",
            "events.jsonl:6: bad JSON at column",
            "events.jsonl:7: the line is not valid UTF-8 text",
            "events.jsonl:8: the line is longer than 1 MB",
        ];
        Assert.Equal(expected.Length, result.StdErrLines.Length);
        foreach (var (line, prefix) in result.StdErrLines.Zip(expected))
        {
            Assert.StartsWith(prefix, line);
        }

        Assert.Contains("skipped   10 bad lines", result.StdOut);
        Assert.Contains("sent email welcome", result.StdOut);
    }

    [Fact]
    public void Strict_stops_at_the_first_bad_line_and_runs_nothing()
    {
        WriteWorkspace();
        temp.Write("events.jsonl", SignUp("2026-03-02T10:00:00Z", "ala", "\"web\"") + "\n{oops}\n{also bad}\n");

        var result = temp.Ma("run", "ws", "--events", "events.jsonl", "--strict");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.StartsWith("events.jsonl:2: bad JSON", result.StdErrLines[0]);
        Assert.Equal("ma: --strict: stopped at the first bad line; nothing was run", result.StdErrLines[1]);
        Assert.Equal(2, result.StdErrLines.Length);
    }

    [Fact]
    public void A_missing_input_file_exits_2()
    {
        WriteWorkspace();

        var result = temp.Ma("run", "ws", "--events", "nope.jsonl");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("ma: no such file for --events: nope.jsonl", result.StdErr.Trim());
    }

    [Fact]
    public void A_missing_workspace_and_a_bad_duration_exit_2()
    {
        Assert.Equal(2, temp.Ma("run", "nowhere").ExitCode);
        WriteWorkspace();
        var result = temp.Ma("run", "ws", "--for", "soon");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--for expects a duration", result.StdErr);
    }

    [Fact]
    public void A_workspace_with_errors_exits_1_and_shows_them()
    {
        temp.Write("ws/a.journey", "contact { email: email }\njourney j {\n  when nothing_here\n}\n");

        var result = temp.Ma("run", "ws");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("error MA", result.StdOut);
    }

    [Fact]
    public void An_empty_events_file_runs_with_nothing_to_do()
    {
        WriteWorkspace();
        temp.Write("events.jsonl", string.Empty);

        var result = temp.Ma("run", "ws", "--events", "events.jsonl");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Nothing happened", result.StdOut);
    }

    [Fact]
    public void Realtime_plays_moments_a_second_apart_on_the_wall_clock()
    {
        WriteWorkspace();
        temp.Write("events.jsonl", string.Join("\n",
            SignUp("2026-03-02T10:00:00Z", "ala", "\"web\""),
            SignUp("2026-03-02T10:00:01Z", "ola", "\"web\""),
            SignUp("2026-03-02T10:00:02Z", "ewa", "\"web\"")));
        WriteContacts("ala", "ola", "ewa");

        var clock = Stopwatch.StartNew();
        var result = temp.Ma("run", "ws", "--contacts", "contacts.jsonl", "--events", "events.jsonl", "--realtime", "--for", "1s");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        Assert.Equal(3, result.StdOutLines.Count(l => l.Contains("sent email welcome", StringComparison.Ordinal)));
        Assert.Contains("real time", result.StdOut);
    }

    [Fact]
    public async Task Ctrl_C_stops_a_live_run_and_prints_the_summary()
    {
        WriteWorkspace();
        temp.Write("events.jsonl", string.Join("\n",
            SignUp("2026-03-02T10:00:00Z", "ala", "\"web\""),
            SignUp("2026-03-02T11:00:00Z", "ola", "\"web\"")));
        WriteContacts("ala", "ola");
        using var process = Process.Start(MaRunner.StartInfo(temp.Root, null, "run", "ws", "--contacts", "contacts.jsonl", "--events", "events.jsonl", "--realtime"))
            ?? throw new InvalidOperationException("Could not start ma.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        var seen = new StringBuilder();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains("sent email welcome", StringComparison.Ordinal))
            {
                break;
            }
        }

        // The first moment has been printed; the next is an hour away: interrupt, as Ctrl+C does.
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(timeout.Token);
        }

        seen.Append(await process.StandardOutput.ReadToEndAsync(timeout.Token));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, seen + await stderr);
        Assert.Contains("Stopped at 2026-03-02 10:00 UTC", seen.ToString());
        Assert.Contains("Journeys", seen.ToString());
    }

    [Fact]
    public void Help_lists_the_options()
    {
        var result = MaRunner.Run(RepositoryRoot.Path, "run", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--contacts", "--events", "--for", "--realtime", "--strict", "--format", "--no-color" })
        {
            Assert.Contains(option, result.StdOut);
        }
    }

    private static string SignUp(string at, string contact, string source) =>
        $"{{\"at\": \"{at}\", \"contact\": \"{contact}\", \"event\": \"signed_up\", \"data\": {{\"source\": {source}}}}}";

    private static void WriteLines(Stream stream, params string[] lines) =>
        stream.Write(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    private void WriteWorkspace() => temp.Write("ws/welcome.journey", Samples.Valid);

    private void WriteContacts(params string[] ids) =>
        temp.Write("contacts.jsonl", string.Join("\n", ids.Select(id => $"{{\"id\": \"{id}\", \"email\": \"{id}@example.com\"}}")));
}
