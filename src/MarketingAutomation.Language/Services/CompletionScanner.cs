using Antlr4.Runtime;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Syntax.Generated;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Reads the tokens before the cursor into frames (what each open brace holds) and statements.
/// It works from tokens, not the syntax tree, because the text around a cursor is usually half
/// typed and the parser's recovery would hide what the person is in the middle of.
/// </summary>
internal static class CompletionScanner
{
    private static readonly HashSet<string> TriggerWords = new(StringComparer.Ordinal)
    {
        "contact", "stage", "yearly", "date", "inactive", "no", "schedule", "every",
    };

    private static readonly HashSet<string> StepWords = new(StringComparer.Ordinal)
    {
        "send", "wait", "if", "split", "set", "tag", "untag", "score", "stage", "post", "notify", "emit", "start", "exit",
    };

    // Tokens that cannot end a statement: what follows on the next line still belongs to it.
    private static readonly HashSet<int> Continued =
    [
        JourneyLexer.DOT, JourneyLexer.COMMA, JourneyLexer.LPAREN, JourneyLexer.LBRACKET, JourneyLexer.COLON,
    ];

    // Tokens that cannot start a statement: a line starting with one continues the line before.
    private static readonly HashSet<int> Continuing =
    [
        JourneyLexer.DOT, JourneyLexer.RPAREN, JourneyLexer.RBRACKET, JourneyLexer.COMMA, JourneyLexer.LBRACE,
        JourneyLexer.AND, JourneyLexer.OR, JourneyLexer.WHERE, JourneyLexer.WITHIN, JourneyLexer.UP, JourneyLexer.WITH,
        JourneyLexer.CONTAINS, JourneyLexer.STARTS_WITH, JourneyLexer.ENDS_WITH, JourneyLexer.IN, JourneyLexer.ELSE,
        JourneyLexer.IS, JourneyLexer.TO, JourneyLexer.PER, JourneyLexer.FOR, JourneyLexer.EQ, JourneyLexer.NEQ,
        JourneyLexer.LT, JourneyLexer.LE, JourneyLexer.GT, JourneyLexer.GE, JourneyLexer.PLUS, JourneyLexer.MINUS,
        JourneyLexer.STAR, JourneyLexer.SLASH, JourneyLexer.ASSIGN, JourneyLexer.DOTDOT, JourneyLexer.ARROW,
    ];

    // `contact` and `score` are left out: in a test or a journey they start items of their own.
    private static readonly HashSet<int> DeclarationStarts =
    [
        JourneyLexer.EVENT, JourneyLexer.TEMPLATE, JourneyLexer.SEGMENT, JourneyLexer.LIFECYCLE, JourneyLexer.POLICY,
        JourneyLexer.CONNECTION, JourneyLexer.JOURNEY, JourneyLexer.TEST,
    ];

    public static CompletionContext Scan(SymbolTable symbols, SyntaxTree tree, int position)
    {
        var typed = CursorTokens.WordAt(tree, position);
        var frames = new List<CompletionFrame> { new(FrameKind.TopLevel) };
        IToken? previous = null;
        var tokens = CursorTokens.Before(tree, position);
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            if (token == typed)
            {
                break;
            }

            if (frames.Count > 1 && StartsDeclaration(token, index + 1 < tokens.Count ? tokens[index + 1] : null))
            {
                frames.RemoveRange(1, frames.Count - 1);
                EndStatement(frames[0]);
            }

            var frame = frames[^1];
            if (previous is not null && StartsStatement(tree, previous, token))
            {
                EndStatement(frame);
            }

            switch (token.Type)
            {
                case JourneyLexer.LBRACE:
                    var child = ChildFrame(frame, frame.Words);
                    frame.Statement.Add(token);
                    frames.Add(child);
                    break;
                case JourneyLexer.RBRACE when frames.Count > 1:
                    EndStatement(frame);
                    frames.RemoveAt(frames.Count - 1);
                    frames[^1].Statement.Add(token);
                    break;
                case JourneyLexer.RBRACE or JourneyLexer.SEMI:
                    EndStatement(frame);
                    break;
                case JourneyLexer.COMMA when frame.Kind is FrameKind.TemplateArguments or FrameKind.Payload or FrameKind.EventPayload
                    or FrameKind.ContactProfile or FrameKind.ContactFields or FrameKind.EventFields:
                    EndStatement(frame);
                    break;
                default:
                    frame.Statement.Add(token);
                    break;
            }

            previous = token;
        }

        if (previous is not null && LineBreakBetween(tree, TokenFacts.End(previous), typed?.StartIndex ?? position) && !Continues(previous))
        {
            EndStatement(frames[^1]);
        }

        return new CompletionContext(symbols, frames);
    }

    /// <summary>
    /// A declaration keyword at the start of a line begins a new top-level declaration, even when
    /// a declaration above was left without its closing brace (as happens while typing).
    /// </summary>
    private static bool StartsDeclaration(IToken token, IToken? next) =>
        DeclarationStarts.Contains(token.Type) && token.Column == 0 && next is not null && (TokenFacts.IsWord(next) || TokenFacts.IsString(next.Type));

    /// <summary>Statements need no separator: a new line starts one unless either side shows the statement goes on.</summary>
    private static bool StartsStatement(SyntaxTree tree, IToken previous, IToken next) =>
        LineBreakBetween(tree, TokenFacts.End(previous), next.StartIndex) && !Continues(previous) && !Continuing.Contains(next.Type);

    private static bool Continues(IToken token) =>
        Continued.Contains(token.Type) || TokenFacts.IsOperator(token.Type) || TokenFacts.Reserved.Contains(token.Type);

    private static bool LineBreakBetween(SyntaxTree tree, int start, int end)
    {
        var text = tree.Source.Text;
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            if (text[i] is '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    private static void EndStatement(CompletionFrame frame)
    {
        var words = frame.Words;
        if (frame.Kind == FrameKind.Journey && words.Count > 0)
        {
            if (words[0] == "when" && frame.Trigger is null && !TriggerWords.Contains(words[1]))
            {
                frame.Trigger = words.EventAt(1);
            }

            frame.SawStep |= StepWords.Contains(words[0]);
        }

        if (words[1] == ":")
        {
            frame.Given.Add(words[0]);
        }

        frame.Statement.Clear();
    }

    /// <summary>What a `{` opens, read from the statement that leads up to it.</summary>
    private static CompletionFrame ChildFrame(CompletionFrame parent, TokenWords head)
    {
        var first = head[0];
        switch (parent.Kind)
        {
            case FrameKind.TopLevel:
                return first switch
                {
                    "contact" => new(FrameKind.ContactFields),
                    "event" => new(FrameKind.EventFields),
                    "template" => new(FrameKind.TemplateParts) { Name = head[1] },
                    "score" => new(FrameKind.ScoreRules),
                    "lifecycle" => new(FrameKind.Lifecycle),
                    "policy" => new(FrameKind.Policy),
                    "journey" => new(FrameKind.Journey) { Name = head[1] },
                    "test" => new(FrameKind.Test),
                    _ => new(FrameKind.Unknown),
                };
            case FrameKind.Journey or FrameKind.Block:
                if (head.Last == "preferred")
                {
                    return new(FrameKind.Preferred);
                }

                return first switch
                {
                    "wait" when head[1] == "for" => new(FrameKind.WaitFor) { Event = head.EventAt(2) },
                    "split" => new(FrameKind.Split),
                    "if" => new(FrameKind.Block),
                    "send" => new(FrameKind.TemplateArguments) { Name = head[2] },
                    "post" => new(FrameKind.Payload),
                    "emit" => new(FrameKind.EventPayload) { Event = head.EventAt(1) },
                    _ => new(FrameKind.Unknown),
                };
            case FrameKind.WaitFor:
                return first switch
                {
                    "received" => new(FrameKind.Block) { Event = parent.Event, ScopesEvent = true },
                    "timeout" => new(FrameKind.Block),
                    _ => new(FrameKind.Unknown),
                };
            case FrameKind.Split:
                return new(FrameKind.Block);
            case FrameKind.Preferred:
                return new(FrameKind.TemplateArguments) { Name = head[1] };
            case FrameKind.Test:
                var eventAt = head.IndexOf("event");
                return first switch
                {
                    "contact" => new(FrameKind.ContactProfile),
                    "at" when eventAt > 0 => new(FrameKind.EventPayload) { Event = head.EventAt(eventAt + 1) },
                    _ => new(FrameKind.Unknown),
                };
            default:
                return new(FrameKind.Unknown);
        }
    }
}
