using MarketingAutomation.LanguageServer.Features;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

/// <summary>`journey/graph`: our own request, behind the extension's "Show journey graph" command.</summary>
internal sealed class JourneyGraphHandler(ServerContext context)
{
    public const string Method = "journey/graph";

    [JsonRpcMethod(Method)]
    public Task<JourneyGraphResult?> GraphAsync(JourneyGraphParams request, CancellationToken cancellationToken) =>
        context.AnswerAsync<JourneyGraphResult?>(Method, request.TextDocument.Uri, d => JourneyGraphFeature.Get(d, request.Position, request.Journey), null, cancellationToken);
}
