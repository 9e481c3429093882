using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Diagnostics;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Services;

/// <summary>A declaration to insert for an unknown name: where it goes, and its text.</summary>
internal sealed record DeclarationFix(string Title, string Path, TextEdit Edit);

/// <summary>Declares an event or template that a script names but nothing declares.</summary>
internal static class DeclarationFixes
{
    /// <summary>`event x { }`, after the events of the file that declares the most of them (or at the end of this file).</summary>
    public static DeclarationFix? DeclareEvent(Compilation compilation, SyntaxTree tree, TextSpan span)
    {
        if (NameAt(tree.Source, span) is not { } name)
        {
            return null;
        }

        var declaration = $"event {name} {{ }}";
        var home = compilation.SyntaxTrees
            .Select(t => (Tree: t, Events: t.Root.Declarations.OfType<EventDeclarationSyntax>().ToList()))
            .Where(t => t.Events.Count > 0)
            .OrderByDescending(t => t.Events.Count)
            .FirstOrDefault();
        var edit = home.Tree is null
            ? AtEnd(tree.Source, declaration)
            : After(home.Tree.Source, home.Events[^1].Span, declaration);
        return new DeclarationFix($"Declare event `{name}`", (home.Tree ?? tree).Source.Path, edit);
    }

    /// <summary>A template for the channel the send names (email when it names none), after the declaration that uses it.</summary>
    public static DeclarationFix? DeclareTemplate(SyntaxTree tree, TextSpan span)
    {
        if (NameAt(tree.Source, span) is not { } name)
        {
            return null;
        }

        var channel = ChannelOfUse(tree, span) ?? "email";
        var declaration = channel == "email"
            ? $"template email {name} {{\n  subject \"\"\n  body    \"\"\n}}"
            : $"template {channel} {name} \"\"";
        var enclosing = tree.Root.Declarations.FirstOrDefault(d => d.Span.IntersectsOrTouches(span.Start));
        var edit = enclosing is null ? AtEnd(tree.Source, declaration) : After(tree.Source, enclosing.Span, declaration);
        return new DeclarationFix($"Declare template `{name}`", tree.Source.Path, edit);
    }

    private static string? ChannelOfUse(SyntaxTree tree, TextSpan span)
    {
        foreach (var node in SyntaxWalk.DescendantsAndSelf(tree.Root))
        {
            var channel = node switch
            {
                SendStatementSyntax send when send.Template.Span == span => send.Channel,
                PreferredOptionSyntax option when option.Template.Span == span => option.Channel,
                TestExpectSyntax { Subject: { } subject, Channel: { } expected } when subject.Span == span => expected,
                _ => null,
            };
            if (channel is not null)
            {
                return BuiltIns.Channels.ContainsKey(channel.Text) ? channel.Text : null;
            }
        }

        return null;
    }

    /// <summary>The unknown name as written, when it could be declared as it is (not `email.opened`, not a typo of syntax).</summary>
    private static string? NameAt(SourceText source, TextSpan span)
    {
        if (span.End > source.Text.Length || span.Length == 0)
        {
            return null;
        }

        var name = source.Text.Substring(span.Start, span.Length);
        return NameRules.Problem(name, SymbolKind.Event) is null ? name : null;
    }

    /// <summary>On its own lines after the line the declaration ends on, so a trailing comment stays with its line.</summary>
    private static TextEdit After(SourceText source, TextSpan declaration, string text)
    {
        var end = Math.Min(declaration.End, source.Text.Length);
        var lineEnd = source.Text.IndexOfAny(['\r', '\n'], end);
        return new TextEdit(new TextSpan(lineEnd < 0 ? source.Text.Length : lineEnd, 0), "\n\n" + text);
    }

    private static TextEdit AtEnd(SourceText source, string text)
    {
        var content = source.Text;
        var separator = content.Length == 0 ? string.Empty : content.EndsWith('\n') ? "\n" : "\n\n";
        return new TextEdit(new TextSpan(content.Length, 0), separator + text + "\n");
    }
}
