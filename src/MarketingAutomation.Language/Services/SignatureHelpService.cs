using Antlr4.Runtime;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>Signature help for calls of built-in functions, read from the tokens so it works while the call is half typed.</summary>
public static class SignatureHelpService
{
    public static SignatureHelp? GetSignatureHelp(Compilation compilation, SyntaxTree tree, int position)
    {
        if (position < 0 || position > tree.Source.Text.Length || CursorTokens.IsInCommentOrString(tree, position))
        {
            return null;
        }

        var tokens = CursorTokens.Before(tree, position);
        var depth = 0;
        var commas = 0;
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            switch (tokens[i].Type)
            {
                case JourneyLexer.RPAREN or JourneyLexer.RBRACKET:
                    depth++;
                    break;
                case JourneyLexer.LBRACKET when depth > 0:
                    depth--;
                    break;
                case JourneyLexer.LPAREN when depth > 0:
                    depth--;
                    break;
                case JourneyLexer.LPAREN:
                    return i > 0 && Help(tokens[i - 1], commas) is { } help ? help : null;
                case JourneyLexer.COMMA when depth == 0:
                    commas++;
                    break;
                case JourneyLexer.LBRACE or JourneyLexer.RBRACE or JourneyLexer.SEMI:
                    return null;
            }
        }

        return null;
    }

    private static SignatureHelp? Help(IToken name, int commas)
    {
        if (!TokenFacts.IsWord(name) || BuiltIns.FindFunction(name.Text) is not { } function)
        {
            return null;
        }

        var open = function.Usage.IndexOf('(');
        var inside = open < 0 ? string.Empty : function.Usage[(open + 1)..].TrimEnd(')');
        var parameters = inside.Length == 0 ? [] : inside.Split(", ");
        var active = Math.Min(commas, Math.Max(0, parameters.Length - 1));
        return new SignatureHelp(function.Usage, function.Description, parameters, active);
    }
}
