using System.Text;
using MarketingAutomation.Hosting.Input;

namespace MarketingAutomation.Cli.Tests.Run;

/// <summary>The contacts and events readers: good lines become records, each kind of bad line a located problem.</summary>
public sealed class InputReaderTests
{
    [Fact]
    public void A_contact_line_becomes_a_record_with_plain_values()
    {
        var (records, problems) = Contacts("{\"id\": \"ala\", \"at\": \"2026-03-02T09:00:00Z\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\", \"language\": \"pl\", \"interests\": [\"filter\"]}");

        Assert.Empty(problems);
        var ala = Assert.Single(records);
        Assert.Equal("ala", ala.Id);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), ala.At);
        Assert.Equal("pl", ala.Fields["language"]);
        Assert.False(ala.Fields.ContainsKey("id"));
    }

    [Fact]
    public void Blank_lines_comments_crlf_and_a_byte_order_mark_are_fine()
    {
        var text = "\uFEFF// shoppers\r\n\r\n   \r\n{\"id\": \"ala\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\"}\r\n  // done\r\n";

        var (records, problems) = Contacts(text);

        Assert.Empty(problems);
        Assert.Equal(4, Assert.Single(records).Line);
    }

    [Fact]
    public void An_empty_file_gives_nothing() => Assert.Equal((0, 0), Count(Contacts(string.Empty)));

    [Theory]
    [InlineData("{\"id\": \"ala\", \"email\": \"ala@example.com\"", "bad JSON at column 41")]
    [InlineData("[1, 2]", "expected a JSON object {...} on each line, got a list")]
    [InlineData("{\"email\": \"ala@example.com\", \"first_name\": \"Ala\"}", "missing \"id\", such as \"id\": \"ala\"")]
    [InlineData("{\"id\": 7, \"email\": \"ala@example.com\", \"first_name\": \"Ala\"}", "id: expected non-empty text such as \"ala\", got a number (7)")]
    [InlineData("{\"id\": \"ala\", \"email\": \"ala@example.com\"}", "missing required field of the contact: first_name")]
    [InlineData("{\"id\": \"ala\", \"email\": \"ala@example.com\", \"frist_name\": \"Ala\"}", "the contact has no field \"frist_name\" (did you mean \"first_name\"?)")]
    [InlineData("{\"id\": \"ala\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\", \"birthday\": \"1990-02-30\"}", "birthday: expected a date \"yyyy-MM-dd\", got text \"1990-02-30\"")]
    [InlineData("{\"id\": \"ala\", \"email\": \"ala@example.com\", \"first_name\": 42}", "first_name: expected text, got a number (42)")]
    [InlineData("{\"id\": \"ala\", \"id\": \"ola\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\"}", "the property \"id\" is given twice in one object")]
    [InlineData("{\"id\": \"ala\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\", \"interests\": [{\"a\": 1, \"a\": 2}]}", "the property \"a\" is given twice in one object")]
    [InlineData("{\"id\": \"ala\", \"at\": \"yesterday\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\"}", "at: expected a datetime with an offset")]
    public void Each_bad_contact_line_is_located_and_explained(string line, string message)
    {
        var (records, problems) = Contacts("// header\n" + line + "\n");

        Assert.Empty(records);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("contacts.jsonl:2: " + message, problem.ToString());
    }

    [Fact]
    public void A_duplicate_id_points_at_the_first()
    {
        var line = "{\"id\": \"ala\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\"}";

        var (records, problems) = Contacts(line + "\n" + line);

        Assert.Single(records);
        Assert.Equal("contacts.jsonl:2: duplicate contact id \"ala\" (first on line 1)", Assert.Single(problems).ToString());
    }

    [Fact]
    public void Invalid_utf8_and_huge_lines_spoil_only_themselves()
    {
        var good = Encoding.UTF8.GetBytes("{\"id\": \"ala\", \"email\": \"ala@example.com\", \"first_name\": \"Ala\"}\n");
        var bytes = new List<byte>();
        bytes.AddRange("{\"id\": \"b"u8.ToArray());
        bytes.AddRange(new byte[] { 0xFF, (byte)'"', (byte)'}', (byte)'\n' });
        bytes.AddRange(Enumerable.Repeat((byte)'x', LineSplitter.MaxLineBytes + 10));
        bytes.Add((byte)'\n');
        bytes.AddRange(good);

        using var stream = new MemoryStream(bytes.ToArray());
        var results = new ContactsFileReader(TestSchema.Shop).Read("contacts.jsonl", stream).ToList();

        Assert.Equal(3, results.Count);
        Assert.StartsWith("contacts.jsonl:1: the line is not valid UTF-8 text (at byte 10)", results[0].Problem?.ToString());
        Assert.StartsWith("contacts.jsonl:2: the line is longer than 1 MB", results[1].Problem?.ToString());
        Assert.Equal("ala", results[2].Record?.Id);
    }

    [Fact]
    public void Events_and_profile_changes_become_records()
    {
        var (records, problems) = Events(
            "{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\"}}\n" +
            "{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"set\": {\"marketing_consent\": false}}\n");

        Assert.Empty(problems);
        Assert.Equal("signed_up", records[0].EventName);
        Assert.Equal("web", records[0].Values["source"]);
        Assert.True(records[1].IsProfileChange);
        Assert.Equal(false, records[1].Values["marketing_consent"]);
    }

    [Theory]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"sined_up\", \"data\": {\"source\": \"web\"}}", "unknown event \"sined_up\" (did you mean \"signed_up\"?)")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"sorce\": \"web\"}}", "event signed_up has no field \"data.sorce\" (did you mean \"data.source\"?)")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"signed_up\"}", "missing required field of event signed_up: data.source")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"order_placed\", \"data\": {\"order_id\": \"K-1\", \"total\": \"89\"}}", "data.total: expected an amount (a JSON number such as 89.90), got text \"89\"")]
    [InlineData("{\"at\": \"2026-03-02\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\"}}", "at: expected a datetime with an offset such as \"2026-03-02T09:00:00Z\", got text \"2026-03-02\"")]
    [InlineData("{\"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\"}}", "missing \"at\"")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\"}}", "missing \"contact\"")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"evnt\": \"signed_up\"}", "unknown property \"evnt\" (did you mean \"event\"?)")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\"}", "expected \"event\" (with its \"data\") or \"set\"")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"signed_up\", \"set\": {}}", "a line is either an event")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"set\": {\"tier\": \"gold\"}}", "the contact has no field \"set.tier\"")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"set\": {\"first_name\": null}}", "set.first_name: null is only allowed for optional fields")]
    [InlineData("{\"at\": \"2026-03-02T10:15:00Z\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": [1]}", "data: expected an object with the fields of signed_up, got a list")]
    public void Each_bad_event_line_is_located_and_explained(string line, string message)
    {
        var (records, problems) = Events("\n" + line);

        Assert.Empty(records);
        Assert.StartsWith("events.jsonl:2: " + message, Assert.Single(problems).ToString());
    }

    [Fact]
    public void Time_going_backwards_is_refused_and_the_next_line_compares_with_the_last_good_one()
    {
        var (records, problems) = Events(
            "{\"at\": \"2026-03-02T10:00:00Z\", \"contact\": \"ala\", \"event\": \"email.opened\", \"data\": {\"template\": \"w\"}}\n" +
            "{\"at\": \"2026-03-02T09:00:00Z\", \"contact\": \"ala\", \"event\": \"email.opened\", \"data\": {\"template\": \"w\"}}\n" +
            "{\"at\": \"2026-03-02T10:00:00Z\", \"contact\": \"ala\", \"event\": \"email.opened\", \"data\": {\"template\": \"w\"}}\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(
            "events.jsonl:2: at 2026-03-02T09:00:00Z is earlier than line 1 (2026-03-02T10:00:00Z): lines must be in time order",
            Assert.Single(problems).ToString());
    }

    private static (List<ContactRecord> Records, List<InputProblem> Problems) Contacts(string text) =>
        Split(new ContactsFileReader(TestSchema.Shop).Read("contacts.jsonl", Stream(text)));

    private static (List<EventRecord> Records, List<InputProblem> Problems) Events(string text) =>
        Split(new EventsFileReader(TestSchema.Shop).Read("events.jsonl", Stream(text)));

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static (List<T>, List<InputProblem>) Split<T>(IEnumerable<LineResult<T>> results)
        where T : class
    {
        var list = results.ToList();
        return (list.Select(r => r.Record).OfType<T>().ToList(), list.Select(r => r.Problem).OfType<InputProblem>().ToList());
    }

    private static (int, int) Count<T>((List<T> Records, List<InputProblem> Problems) read) => (read.Records.Count, read.Problems.Count);
}
