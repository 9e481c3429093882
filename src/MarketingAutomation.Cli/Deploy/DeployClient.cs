using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MarketingAutomation.Server.Deployments;

namespace MarketingAutomation.Cli.Deploy;

/// <summary>Posts a workspace folder (its scripts and template files) to a server's deploy endpoint and reports the answer.</summary>
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

        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        HttpResponseMessage response;
        try
        {
            response = http.PostAsJsonAsync("/v1/deploy", WorkspaceSources.ReadFolder(workspace)).GetAwaiter().GetResult();
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
}
