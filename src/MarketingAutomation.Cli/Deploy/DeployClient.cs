using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Cli.Deploy;

/// <summary>
/// Posts a workspace to a server's deploy endpoint and reports the answer: a workspace folder (its
/// scripts and template files), or the output of `ma build` (its `sources/`), in which case the
/// server must build it to the manifest's content hash or refuse it.
/// </summary>
internal static class DeployClient
{
    public static int Run(string workspace, string server, string key, CliConsole console)
    {
        if (!Directory.Exists(workspace))
        {
            throw new UsageException($"no workspace folder {workspace}");
        }

        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--server: expected a URL such as http://127.0.0.1:5080, got \"{server}\"");
        }

        var (files, expectedHash) = Read(workspace);
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        HttpResponseMessage response;
        try
        {
            var path = expectedHash is null ? "/v1/deploy" : "/v1/deploy?contentHash=" + Uri.EscapeDataString(expectedHash);
            response = http.PostAsJsonAsync(path, files).GetAwaiter().GetResult();
        }
        catch (HttpRequestException e)
        {
            throw new UsageException($"cannot reach {server}: {e.Message}", e);
        }

        using (response)
        {
            using var body = JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult() is { Length: > 0 } text ? text : "{}");
            var root = body.RootElement;
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                foreach (var d in root.GetProperty("diagnostics").EnumerateArray())
                {
                    console.Out.WriteLine($"{Path.Combine(workspace, d.GetProperty("path").GetString() ?? string.Empty)}({d.GetProperty("start").GetProperty("line")},{d.GetProperty("start").GetProperty("column")}): "
                        + $"{d.GetProperty("severity").GetString()} {d.GetProperty("code").GetString()}: {d.GetProperty("message").GetString()}");
                }

                console.Error.WriteLine("ma: the workspace has errors; nothing was deployed");
                return ExitCodes.Problems;
            }

            if (!response.IsSuccessStatusCode)
            {
                var detail = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("detail", out var d) ? d.GetString() : null;
                throw new UsageException($"the server answered {(int)response.StatusCode} {response.ReasonPhrase}" + (detail is null ? string.Empty : ": " + detail));
            }

            var number = root.GetProperty("deployment").GetInt32();
            var journeys = root.GetProperty("journeys").GetArrayLength();
            console.Out.WriteLine(root.GetProperty("changed").GetBoolean()
                ? $"Deployed {workspace} as deployment {number}: {journeys} journeys."
                : $"Unchanged: deployment {number} is already this workspace ({journeys} journeys).");
            return ExitCodes.Success;
        }
    }

    /// <summary>The files to send, and the content hash they must build to when they come from `ma build` output.</summary>
    private static (Dictionary<string, string> Files, string? ExpectedHash) Read(string folder)
    {
        var manifest = Path.Combine(folder, "manifest.json");
        var sources = Path.Combine(folder, Build.BuildRunner.SourcesFolder);
        if (!File.Exists(manifest) || !Directory.Exists(sources))
        {
            return (WorkspaceSources.ReadFolder(folder), null);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest));
            var hash = document.RootElement.GetProperty("contentHash").GetString();
            return (WorkspaceSources.ReadFolder(sources), hash);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new UsageException($"{manifest} is not the manifest `ma build` writes: {e.Message}", e);
        }
    }
}
