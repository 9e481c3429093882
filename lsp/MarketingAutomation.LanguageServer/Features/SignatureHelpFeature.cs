using MarketingAutomation.Language.Services;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Features;

internal static class SignatureHelpFeature
{
    public static Protocol.SignatureHelp? Get(DocumentContext document, Position position)
    {
        if (SignatureHelpService.GetSignatureHelp(document.Snapshot.Compilation, document.Tree, document.OffsetOf(position)) is not { } help)
        {
            return null;
        }

        var parameters = help.Parameters.Select(p => new ParameterInformation(p)).ToList();
        var signature = new SignatureInformation(help.Label, MarkupContent.Markdown(help.Documentation), parameters, help.ActiveParameter);
        return new Protocol.SignatureHelp([signature], 0, help.ActiveParameter);
    }
}
