using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MarketingAutomation.Server.Tests.Infrastructure;
using MarketingAutomation.Testing;
using MimeKit;

namespace MarketingAutomation.Server.Tests.Engagement;

/// <summary>
/// The shop's welcome email through the server's real SMTP channel to a real SMTP server on
/// loopback, then everything a recipient can do with it: open it (the pixel), click a link, view
/// it in a browser, unsubscribe in one click, and the provider reporting a bounce. Each comes back
/// over HTTP as the contact's built-in event, with the effect the shop's journeys and scores give it.
/// </summary>
public sealed partial class RealMailTests : IAsyncLifetime
{
    private const string Ala = """{"email": "ala@example.com", "first_name": "Ala <b>&</b>", "country": "PL", "marketing_consent": true}""";
    private readonly TestFolder folder = new();
    private readonly SmtpSink smtp = new();
    private RunningServer server = null!;
    private MimeMessage welcome = null!;

    public async Task InitializeAsync()
    {
        server = await RunningServer.StartWithChannelsAsync(folder.Database, RunningServer.Shop, new Dictionary<string, string?>
        {
            ["Delivery:Smtp:Host"] = "127.0.0.1",
            ["Delivery:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery:Smtp:FromAddress"] = "hello@shop.example.com",
        });
        Assert.Equal(HttpStatusCode.Created, (await server.PutContactAsync("ala", Ala)).StatusCode);
        using var posted = await server.PostEventsAsync("""{"id": "evt-1", "contact": "ala", "event": "signed_up", "data": {"source": "web"}}""");
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        welcome = smtp.ReceivedFor("ala@example.com");
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        smtp.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task The_welcome_email_arrives_rendered_escaped_and_with_one_click_unsubscribe()
    {
        Assert.Equal("Welcome to Kawa & Co., Ala <b>&</b>!", welcome.Subject);
        Assert.Equal("hello@shop.example.com", welcome.From.Mailboxes.Single().Address);
        Assert.Contains("Ala &lt;b&gt;&amp;&lt;/b&gt;", welcome.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Ala <b>", welcome.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("WELCOME10", welcome.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", welcome.Headers["List-Unsubscribe-Post"]);
        Assert.Matches("^<" + Regex.Escape(server.Anonymous.BaseAddress!.ToString()) + "u/", welcome.Headers["List-Unsubscribe"]);

        // The Message-ID is the outbox key: the timeline's send names the same key.
        var timeline = (await server.GetAsync("/v1/contacts/ala/timeline")).GetProperty("timeline").EnumerateArray();
        var key = timeline.Single(e => e.GetProperty("kind").GetString() == "send").GetProperty("key").GetString()!;
        Assert.True(Delivery.Email.MessageIds.TryKeyOf(welcome.MessageId ?? "", out var fromHeader));
        Assert.Equal(key, fromHeader);
        await Eventually.Get(() => server.TimelineAsync("ala"), t => t.Any(l => l.Contains("delivered email welcome_1")), "the hand-over on the timeline");
    }

    [Fact]
    public async Task Loading_the_pixel_twice_records_one_open()
    {
        var pixel = Links("o").Single();
        for (var i = 0; i < 2; i++)
        {
            using var response = await server.Anonymous.GetAsync(pixel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(1, (await server.GetAsync("/v1/journeys/welcome_series/stats")).GetProperty("opened").GetInt64());

        // welcome_series asks `opened(welcome_1)` two days later: the open is what sends the engaged follow-up.
        server.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        var second = await Eventually.Get(() => Task.FromResult(MailsTo("ala@example.com")), mails => mails.Count >= 2, "a second email");
        Assert.Equal(2, second.Count);
        Assert.Contains(second, m => m.Subject == "Ala <b>&</b>, how do you brew?");
    }

    private List<MimeMessage> MailsTo(string address) =>
        [.. smtp.Received().Where(m => m.To.Mailboxes.Any(b => b.Address == address))];

    [Fact]
    public async Task A_click_redirects_to_its_own_target_only_and_counts_for_the_score()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Anonymous.BaseAddress };
        var link = Links("c").First();
        using var response = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Anonymous.BaseAddress!.Host, response.Headers.Location!.ToString(), StringComparison.Ordinal);

        var stats = await server.GetAsync("/v1/journeys/welcome_series/stats");
        Assert.Equal((0, 1, 0), (stats.GetProperty("opened").GetInt64(), stats.GetProperty("clicked").GetInt64(), stats.GetProperty("unsubscribed").GetInt64()));

        // The shop scores a click +1 loyalty.
        await Eventually.Get(async () => (await server.GetAsync("/v1/contacts/ala")).GetProperty("scores"), s => s.TryGetProperty("loyalty", out var v) && v.GetDecimal() == 1m, "loyalty 1 after the click");

        // A token changed by one character is refused: no redirect anywhere.
        var token = link[(link.LastIndexOf('/') + 1)..];
        var tampered = link[..(link.LastIndexOf('/') + 1)] + (token[0] == 'A' ? 'B' : 'A') + token[1..];
        using var forged = await client.GetAsync(tampered);
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null(forged.Headers.Location);
    }

    [Fact]
    public async Task Unsubscribing_needs_the_post_and_then_stops_marketing_email()
    {
        var unsubscribe = Links("u").First();
        using (var page = await server.Anonymous.GetAsync(unsubscribe))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Empty((await server.GetAsync("/v1/contacts/ala")).GetProperty("unsubscribed").EnumerateArray());

        // What a mail client sends for RFC 8058's one-click unsubscribe.
        using var oneClick = await server.Anonymous.PostAsync(unsubscribe, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        var unsubscribed = (await server.GetAsync("/v1/contacts/ala")).GetProperty("unsubscribed").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["email"], unsubscribed);
        Assert.Equal(1, (await server.GetAsync("/v1/journeys/welcome_series/stats")).GetProperty("unsubscribed").GetInt64());
    }

    [Fact]
    public async Task The_browser_view_shows_the_message_as_sent()
    {
        using var response = await server.Anonymous.GetAsync(Links("v").First());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ala &lt;b&gt;&amp;&lt;/b&gt;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hard_bounce_reported_by_message_id_tags_the_contact_once()
    {
        var body = JsonSerializer.Serialize(new { messageId = "<" + welcome.MessageId + ">", reason = "hard" });
        using var first = await server.Ingest.PostAsync("/v1/webhooks/bounce", RunningServer.Json(body));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("accepted", JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        using var again = await server.Ingest.PostAsync("/v1/webhooks/bounce", RunningServer.Json(body));
        Assert.Equal("duplicate", JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());

        // hard_bounce_cleanup tags the contact, which takes it out of `subscribers`.
        Assert.Contains("hard_bounce", (await server.GetAsync("/v1/contacts/ala")).GetProperty("tags").EnumerateArray().Select(t => t.GetString()));

        using var unknown = await server.Ingest.PostAsync("/v1/webhooks/bounce", RunningServer.Json("""{"messageId": "<nobody=3A1@example.com>", "reason": "hard"}"""));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var malformed = await server.Ingest.PostAsync("/v1/webhooks/bounce", RunningServer.Json("""{"messageId": 7}"""));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    /// <summary>The welcome email's links to this server of one kind (`o`, `c`, `u`, `v`), as paths.</summary>
    private List<string> Links(string kind)
    {
        var root = server.Anonymous.BaseAddress!.ToString();
        return [.. Href().Matches(welcome.HtmlBody ?? "").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(url => url.StartsWith(root + kind + "/", StringComparison.Ordinal))
            .Select(url => "/" + url[root.Length..])
            .Distinct()];
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+)\"")]
    private static partial Regex Href();
}
