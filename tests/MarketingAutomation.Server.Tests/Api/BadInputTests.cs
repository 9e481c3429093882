using System.Net;
using System.Text;
using System.Text.Json;
using MarketingAutomation.Server.Tests.Infrastructure;

namespace MarketingAutomation.Server.Tests.Api;

/// <summary>Every kind of bad request gets its documented 4xx status and a problem body, never a 5xx.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TestFolder folder = new();
    private RunningServer server = null!;

    public async Task InitializeAsync() => server = await RunningServer.StartAsync(folder.Database, RunningServer.Shop);

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\"", "not valid JSON")]
    [InlineData("42", "event object or an array")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"source\": 5}}", "data.source")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\", \"event\": \"sined_up\"}", "did you mean \\\"signed_up\\\"")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\", \"colour\": \"red\"}}", "no field \\\"data.colour\\\"")]
    [InlineData("{\"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\"}}", "missing \\\"id\\\"")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\", \"event\": \"signed_up\", \"data\": {}}", "missing required field of event signed_up: data.source")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\", \"event\": \"signed_up\"}", "missing required field of event signed_up: data.source")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"ala\", \"event\": \"signed_up\", \"at\": \"yesterday\", \"data\": {\"source\": \"web\"}}", "at: expected a datetime")]
    [InlineData("", "body is empty")]
    [InlineData("{\"id\": \"e1\", \"contact\": \"a\\u0000b\", \"event\": \"signed_up\", \"data\": {\"source\": \"web\"}}", "contact: expected 1 to 256 printable characters")]
    public async Task Malformed_events_are_400_problems(string body, string expected)
    {
        using var response = await server.PostEventsAsync(body);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_item_in_a_batch_is_named_by_its_index_and_nothing_is_applied()
    {
        using var response = await server.PostEventsAsync("""
            [{"id": "a", "contact": "ala", "event": "signed_up", "data": {"source": "web"}},
             {"id": "b", "contact": "ala", "event": "signed_up", "data": {"source": "fax"}}]
            """);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, error.GetProperty("index").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Admin.GetAsync("/v1/contacts/ala")).StatusCode);
    }

    [Theory]
    [InlineData("events")]
    [InlineData("contact")]
    [InlineData("identify")]
    [InlineData("deploy")]
    [InlineData("bounce")]
    public async Task Json_whose_text_is_not_text_is_a_400_on_every_endpoint_that_reads_json(string endpoint)
    {
        // A byte that is not UTF-8, and an escape for half a character: the JSON parser lets both
        // through, and reading the string was a 500.
        byte[] notUtf8 = [.. "{\"id\": \"e1\", \"contact\": \"a"u8, 0xFF, .. "\", \"anonymousId\": \"b"u8, 0xC3, .. "\"}"u8];
        var halfCharacter = Encoding.UTF8.GetBytes("{\"id\": \"e1\", \"contact\": \"a\\ud800\", \"anonymousId\": \"\\udc00\", \"a.journey\": \"\\ud800\"}");
        var (client, method, path) = endpoint switch
        {
            "events" => (server.Ingest, HttpMethod.Post, "/v1/events"),
            "contact" => (server.Ingest, HttpMethod.Put, "/v1/contacts/ala"),
            "identify" => (server.Ingest, HttpMethod.Post, "/v1/contacts/ala/identify"),
            "deploy" => (server.Admin, HttpMethod.Post, "/v1/deploy"),
            _ => (server.Ingest, HttpMethod.Post, "/v1/webhooks/bounce"),
        };

        foreach (var (body, expected) in new[] { (notUtf8, "not valid UTF-8 text (byte 27)"), (halfCharacter, "a \\u escape for half a character") })
        {
            using var request = new HttpRequestMessage(method, path) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            var problem = await AssertProblem(await client.SendAsync(request), HttpStatusCode.BadRequest);
            Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_batch_over_the_limit_is_a_400()
    {
        var batch = "[" + string.Join(",", Enumerable.Range(0, 10_001).Select(i => $"{{\"id\":\"{i}\",\"contact\":\"c\",\"event\":\"page_viewed\",\"data\":{{\"path\":\"/\"}}}}")) + "]";
        using var response = await server.PostEventsAsync(batch);
        var problem = await AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains("at most 10000 events", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_16_MiB_is_a_413()
    {
        // As curl sends a large body: the client waits for "100 Continue", so it hears the refusal instead of a closed connection.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/events") { Content = RunningServer.Json("[" + new string(' ', 17 * 1024 * 1024) + "]") };
        request.Headers.ExpectContinue = true;
        using var response = await server.Ingest.SendAsync(request);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("""{"id": "chunked-1", "contact": "ala", "event": "signed_up", "data": {"source": "web"}}""", HttpStatusCode.OK)]
    [InlineData("{\"id\": \"chunked-2\", \"contact\": \"ala\"", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task A_body_sent_in_chunks_without_a_declared_length_is_read_like_any_other(string body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/events") { Content = RunningServer.Json(body) };
        request.Headers.TransferEncodingChunked = true;
        using var response = await server.Ingest.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_contact_is_a_404()
    {
        await AssertProblem(await server.Admin.GetAsync("/v1/contacts/nobody"), HttpStatusCode.NotFound);
        await AssertProblem(await server.Admin.GetAsync("/v1/contacts/nobody/timeline"), HttpStatusCode.NotFound);
        await AssertProblem(await server.Admin.GetAsync("/v1/journeys/no_such_journey/stats"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    [InlineData("-1")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    [InlineData("1.5")]
    [InlineData("")]
    public async Task A_bad_timeline_limit_is_a_400_that_says_what_it_takes(string limit)
    {
        using var created = await server.PutContactAsync("ala", """{"email": "ala@example.com"}""");
        var problem = await AssertProblem(await server.Admin.GetAsync($"/v1/contacts/ala/timeline?limit={limit}"), HttpStatusCode.BadRequest);
        Assert.Equal("limit: expected a number from 1 to 10000.", problem.GetProperty("detail").GetString());

        using var good = await server.Admin.GetAsync("/v1/contacts/ala/timeline?limit=10000");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public async Task Keys_are_checked_missing_or_wrong_is_401_and_the_ingest_key_cannot_read()
    {
        await AssertProblem(await server.Anonymous.PostAsync("/v1/events", RunningServer.Json("{}")), HttpStatusCode.Unauthorized);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/v1/journeys");
        wrong.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Keys.Admin + "x");
        await AssertProblem(await server.Anonymous.SendAsync(wrong), HttpStatusCode.Unauthorized);
        await AssertProblem(await server.Ingest.GetAsync("/v1/journeys"), HttpStatusCode.Forbidden);
        await AssertProblem(await server.Ingest.GetAsync("/v1/outbox"), HttpStatusCode.Forbidden);
        await AssertProblem(await server.Ingest.PostAsync("/v1/deploy", RunningServer.Json("{}")), HttpStatusCode.Forbidden);

        // The admin key may do what the ingest key may.
        using var admin = await server.Admin.PutAsync("/v1/contacts/ala", RunningServer.Json("""{"email": "ala@example.com"}"""));
        Assert.Equal(HttpStatusCode.Created, admin.StatusCode);
    }

    [Fact]
    public async Task Bad_contact_writes_are_400s()
    {
        var problem = await AssertProblem(await server.PutContactAsync("ala", """{"email": "ala@example.com", "tier": "platinum"}"""), HttpStatusCode.BadRequest);
        Assert.Contains("tier", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await AssertProblem(await server.PutContactAsync("ala", "[1, 2]"), HttpStatusCode.BadRequest);
        await AssertProblem(await server.Ingest.PostAsync("/v1/contacts/ala/identify", RunningServer.Json("""{"anonymousId": 7}""")), HttpStatusCode.BadRequest);
        await AssertProblem(await server.Ingest.PostAsync("/v1/contacts/ala/identify", RunningServer.Json("""{"anonymousId": "ala"}""")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_workspace_with_errors_is_a_422_with_the_checkers_diagnostics()
    {
        var files = JsonSerializer.Serialize(new Dictionary<string, string> { ["main.journey"] = "journey broken {\n  when no_such_event\n  send email nothing\n}\n" });
        var problem = await AssertProblem(await server.Admin.PostAsync("/v1/deploy", RunningServer.Json(files)), HttpStatusCode.UnprocessableEntity);
        var diagnostics = problem.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.All(diagnostics, d => Assert.Equal("main.journey", d.GetProperty("path").GetString()));
        Assert.All(diagnostics, d => Assert.StartsWith("MA", d.GetProperty("code").GetString(), StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.GetProperty("start").GetProperty("line").GetInt32() == 2 && d.GetProperty("severity").GetString() == "error");

        await AssertProblem(await server.Admin.PostAsync("/v1/deploy", RunningServer.Json("""{"../escape.journey": "x"}""")), HttpStatusCode.BadRequest);
        await AssertProblem(await server.Admin.PostAsync("/v1/deploy", RunningServer.Json("""{"main.journey": 5}""")), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        using var response = await server.Anonymous.GetAsync("/openapi");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("/v1/events", text, StringComparison.Ordinal);
        Assert.Contains("/v1/contacts/{id}/timeline", text, StringComparison.Ordinal);
        Assert.Contains("/v1/outbox", text, StringComparison.Ordinal);

        // The timeline's limit is read as text, so the document is told what it takes.
        var limit = JsonDocument.Parse(text).RootElement.GetProperty("paths").GetProperty("/v1/contacts/{id}/timeline").GetProperty("get")
            .GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "limit");
        Assert.Equal("integer", limit.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(10000, limit.GetProperty("schema").GetProperty("maximum").GetInt32());
    }

    private static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(text).RootElement.Clone();
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
            return problem;
        }
    }
}
