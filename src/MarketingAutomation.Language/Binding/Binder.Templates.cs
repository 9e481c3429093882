using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Binding;

internal sealed partial class Binder
{
    private const int SmsLength = 160;

    // A template sent from several places records its `event.x` reads once per field and site.
    private readonly HashSet<(Symbol Field, SourceText Source, TextSpan Span)> recordedTemplateReads = [];

    /// <summary>
    /// Reads and parses every template before any journey is checked, so each send can be
    /// checked against what its template reads (`event.x`, arguments) wherever it is declared.
    /// </summary>
    private void AnalyzeTemplates()
    {
        foreach (var template in symbols.Templates)
        {
            source = template.Source ?? source;
            AnalyzeTemplate(template);
        }
    }

    private void AnalyzeTemplate(TemplateSymbol template)
    {
        var syntax = template.Syntax;
        var texts = new Dictionary<TemplatePartKind, string>();
        var eventFields = new List<(string, TextSpan)>();
        var eventFieldSites = new List<(string, SourceText, TextSpan)>();
        var arguments = new List<string>();
        foreach (var part in syntax.Parts)
        {
            var kind = part.Kind == TemplatePartKind.Inline ? TemplatePartKind.Body : part.Kind;
            if (texts.ContainsKey(kind))
            {
                diagnostics.ReportTemplatePartInvalid(source, PartKeywordSpan(part), $"The template already has a {kind.ToString().ToLowerInvariant()}.");
                continue;
            }

            if (kind is TemplatePartKind.Subject or TemplatePartKind.Preheader && template.Channel is Channel.Sms or Channel.Webhook)
            {
                diagnostics.ReportTemplatePartInvalid(source, PartKeywordSpan(part), $"{(template.Channel == Channel.Sms ? "An" : "A")} {template.Channel.ToString().ToLowerInvariant()} template has no {kind.ToString().ToLowerInvariant()}.");
                continue;
            }

            if (ReadPart(part) is not var (text, liquidSource, map))
            {
                continue;
            }

            var toSource = SourceOffsets(part);

            texts[kind] = text;
            var parsed = LiquidCache.Parse(text);
            foreach (var error in parsed.Errors)
            {
                diagnostics.ReportLiquidSyntax(liquidSource, map(error.Offset, error.Length), error.Message);
            }

            foreach (var reference in parsed.References)
            {
                var span = map(reference.Offset, reference.Length);
                switch (reference.Path[0])
                {
                    case "contact":
                        CheckContactReference(liquidSource, reference, span, LiquidNameSpan(text, liquidSource, reference, toSource));
                        break;
                    case "event" when reference.Path.Count > 1:
                        eventFields.Add((reference.Path[1], span));
                        if (LiquidNameSpan(text, liquidSource, reference, toSource) is { } fieldSpan)
                        {
                            eventFieldSites.Add((reference.Path[1], liquidSource, fieldSpan));
                        }

                        break;
                    case var name when name != "event" && !BuiltIns.TemplateVariables.Contains(name) && !arguments.Contains(name):
                        arguments.Add(name);
                        break;
                }
            }

            if (template.Channel == Channel.Sms && parsed.Nodes.OfType<LiquidTextNode>().Sum(n => n.Text.Length) is var length && length > SmsLength)
            {
                diagnostics.ReportSmsTooLong(source, part.Value.Span, length);
            }
        }

        if (template.Channel == Channel.Email && template.IsChannelKnown)
        {
            foreach (var required in new[] { TemplatePartKind.Subject, TemplatePartKind.Body })
            {
                if (!texts.ContainsKey(required) && !syntax.Parts.Any(p => p.Kind == required || (required == TemplatePartKind.Body && p.Kind == TemplatePartKind.Inline)))
                {
                    diagnostics.ReportEmailPartMissing(source, syntax.Name.Span, syntax.Name.Text, $"`{required.ToString().ToLowerInvariant()}`");
                }
            }
        }

        template.Texts = texts;
        template.EventFields = eventFields;
        template.EventFieldSites = eventFieldSites;
        template.Arguments = arguments;
    }

    private void CheckContactReference(SourceText liquidSource, LiquidReference reference, TextSpan span, TextSpan? fieldSpan)
    {
        if (reference.Path.Count < 2 || symbols.Contact is not { } contact)
        {
            return;
        }

        var field = reference.Path[1];
        if (contact.FindField(field) is { } symbol)
        {
            // Recorded on the field's own characters, in the script or the template file, so
            // find-references and rename reach Liquid too.
            if (fieldSpan is { } exact)
            {
                references.Add(new SymbolReference(symbol, liquidSource, exact));
            }

            return;
        }

        diagnostics.ReportLiquidUnknownField(liquidSource, span, "the contact", $"contact.{field}", Suggestions.Closest(field, contact.Fields.Select(f => f.Name)) is { } s ? $"contact.{s}" : null);
    }

    /// <summary>
    /// The Liquid text of a part, the file its diagnostics belong in, and how to map an offset
    /// in the text to a span there. Inline text maps exactly unless it has escapes.
    /// </summary>
    private (string Text, SourceText Source, Func<int, int, TextSpan> Map)? ReadPart(TemplatePartSyntax part)
    {
        var literal = part.Value;
        if (!part.IsFile)
        {
            var exact = literal.Text.Length == literal.Value.Length + 2;
            return (literal.Value, source, (offset, length) => exact ? new TextSpan(literal.Span.Start + 1 + offset, length) : literal.Span);
        }

        var fullPath = workspace.ResolvePath(literal.Value);
        if (fullPath is null || workspace.ReadFile(fullPath) is not { } content)
        {
            diagnostics.ReportTemplateFileNotFound(source, literal.Span, literal.Value, outsideWorkspace: fullPath is null && literal.Value.Length > 0 && literal.Value.IndexOfAny(Path.GetInvalidPathChars()) < 0);
            return null;
        }

        var file = new SourceText(Path.Combine(workspace.RootDirectory, literal.Value), content);
        return (content, file, (offset, length) => new TextSpan(offset, length));
    }

    /// <summary>Maps an offset in a part's Liquid text to its offset in the script or file it was read from.</summary>
    private static Func<int, int> SourceOffsets(TemplatePartSyntax part)
    {
        if (part.IsFile)
        {
            return offset => offset;
        }

        // Made on first use: only names read from the template need it, and most parts have none.
        int[]? offsets = null;
        return offset =>
        {
            offsets ??= StringLiteralOffsets.Map(part.Value);
            return offsets[Math.Clamp(offset, 0, offsets.Length - 1)];
        };
    }

    /// <summary>
    /// The characters of the name after `contact.` or `event.` in a Liquid reference; null when
    /// the name is not written out as such (an escape inside it, a computed index).
    /// </summary>
    private static TextSpan? LiquidNameSpan(string liquid, SourceText written, LiquidReference reference, Func<int, int> toSource)
    {
        if (reference.Path.Count < 2 || reference.Offset < 0 || reference.Offset + reference.Length > liquid.Length)
        {
            return null;
        }

        var name = reference.Path[1];
        var index = liquid.IndexOf(name, reference.Offset + reference.Path[0].Length, reference.Length - reference.Path[0].Length, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var span = TextSpan.FromBounds(toSource(index), toSource(index + name.Length));
        var fits = span.Length == name.Length && span.End <= written.Text.Length
            && written.Text.AsSpan(span.Start, span.Length).SequenceEqual(name);
        return fits ? span : null;
    }

    private static TextSpan PartKeywordSpan(TemplatePartSyntax part) =>
        new(part.Span.Start, Math.Max(0, part.Value.Span.Start - part.Span.Start - 1));

    private void CheckSend(NameSyntax channelName, NameSyntax templateName, ObjectLiteralSyntax? arguments, TextSpan span, BindingScope scope)
    {
        var channel = ResolveChannel(channelName);
        var template = ResolveTemplate(templateName);
        CheckPayload(arguments, scope);
        if (template is null)
        {
            return;
        }

        if (channel is { } sendChannel && template.IsChannelKnown && sendChannel != template.Channel)
        {
            diagnostics.ReportTemplateChannelMismatch(source, templateName.Span, template.Name, Lower(template.Channel), Lower(sendChannel));
        }

        var given = arguments?.Properties.Select(p => p.Name.Text).ToHashSet() ?? [];
        foreach (var missing in template.Arguments.Where(a => !given.Contains(a)))
        {
            diagnostics.ReportTemplateArgumentMissing(source, templateName.Span, template.Name, missing);
        }

        RecordTemplateEventReads(template, scope);
        foreach (var field in template.EventFields.Select(f => f.Field).Distinct())
        {
            if (scope.Event is { } @event)
            {
                if (@event.FindField(field) is null)
                {
                    diagnostics.ReportTemplateEventNotInScope(source, templateName.Span, template.Name, field, @event.Name);
                }
            }
            else if (!scope.EventUnknown)
            {
                diagnostics.ReportTemplateEventNotInScope(source, templateName.Span, template.Name, field, null);
                break;
            }
        }
    }

    /// <summary>
    /// A template that reads `event.x` reads the field of the event in scope where it is sent:
    /// each such send makes the template's `event.x` a use of that field.
    /// </summary>
    private void RecordTemplateEventReads(TemplateSymbol template, BindingScope scope)
    {
        if (scope.Event is not { } @event)
        {
            return;
        }

        foreach (var (field, site, span) in template.EventFieldSites)
        {
            if (@event.FindField(field) is { } symbol && recordedTemplateReads.Add((symbol, site, span)))
            {
                references.Add(new SymbolReference(symbol, site, span));
            }
        }
    }

    /// <summary>Liquid written inline in a step (`notify sales "..."`): checked against the step's scope.</summary>
    private void CheckInlineLiquid(StringLiteralSyntax literal, BindingScope scope)
    {
        var exact = literal.Text.Length == literal.Value.Length + 2;
        TextSpan Map(int offset, int length) => exact ? new TextSpan(literal.Span.Start + 1 + offset, length) : literal.Span;
        var offsets = StringLiteralOffsets.Map(literal);
        int ToSource(int offset) => offsets[Math.Clamp(offset, 0, offsets.Length - 1)];
        var parsed = LiquidCache.Parse(literal.Value);
        foreach (var error in parsed.Errors)
        {
            diagnostics.ReportLiquidSyntax(source, Map(error.Offset, error.Length), error.Message);
        }

        foreach (var reference in parsed.References.Where(r => r.Path.Count > 1))
        {
            var span = Map(reference.Offset, reference.Length);
            var nameSpan = LiquidNameSpan(literal.Value, source, reference, ToSource);
            if (reference.Path[0] == "contact")
            {
                CheckContactReference(source, reference, span, nameSpan);
            }
            else if (reference.Path[0] == "event" && scope.Event?.FindField(reference.Path[1]) is { } field && nameSpan is { } fieldSpan)
            {
                AddReference(field, fieldSpan);
            }
            else if (reference.Path[0] == "event" && scope.Event is { } @event && @event.FindField(reference.Path[1]) is null)
            {
                diagnostics.ReportLiquidUnknownField(source, span, $"the event `{@event.Name}`", $"event.{reference.Path[1]}", null);
            }
            else if (reference.Path[0] == "event" && scope.Event is null && !scope.EventUnknown)
            {
                diagnostics.ReportEventNotInScope(source, span);
            }
        }
    }

    private static string Lower(Channel channel) => channel.ToString().ToLowerInvariant();
}
