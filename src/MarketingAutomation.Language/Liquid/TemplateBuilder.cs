namespace MarketingAutomation.Language.Liquid;

/// <summary>
/// Nests the flat segments into blocks. It keeps an explicit stack of open blocks rather than
/// recursing, so deeply nested input cannot overflow the call stack. When an end or branch tag
/// belongs to a block further down the stack, the blocks above it are reported as unclosed and
/// closed there: one forgotten end tag then gives one error, not a cascade.
/// </summary>
internal sealed class TemplateBuilder
{
    // Renderers and the reference walk recurse over blocks; past this depth blocks are dropped.
    private const int MaxDepth = 100;

    private readonly string text;
    private readonly List<LiquidError> errors;
    private readonly List<LiquidNode> root = [];
    private readonly List<BlockFrame> stack = [];
    private bool reportedDepth;

    // Blocks closed early because an outer end tag came first. Their own end tag, if it turns up
    // later (crossed tags such as if-for-endif-endfor), was part of the mistake already reported.
    private readonly List<BlockKind> closedEarly = [];

    private TemplateBuilder(string text, List<LiquidError> errors)
    {
        this.text = text;
        this.errors = errors;
    }

    public static IReadOnlyList<LiquidNode> Build(string text, IReadOnlyList<TemplateSegment> segments, List<LiquidError> errors)
    {
        var builder = new TemplateBuilder(text, errors);
        foreach (var segment in segments)
        {
            builder.Handle(segment);
        }

        builder.CloseUnclosedAbove(-1, text.Length);
        return builder.root;
    }

    private void Handle(TemplateSegment segment)
    {
        switch (segment)
        {
            case TextSegment textSegment:
                Add(new LiquidTextNode(textSegment.Text, textSegment.Offset, textSegment.Length));
                break;
            case VerbatimSegment { IsComment: true } comment:
                Add(new LiquidCommentNode(comment.Text, comment.Offset, comment.Length));
                break;
            case VerbatimSegment raw:
                Add(new LiquidRawNode(raw.Text, raw.Offset, raw.Length));
                break;
            case OutputSegment output:
                var node = new MarkupParser(text, output.MarkupStart, output.MarkupEnd, output, errors).ParseOutput();
                if (node is not null)
                {
                    Add(node);
                }

                break;
            case TagSegment tag:
                HandleTag(tag, new MarkupParser(text, tag.MarkupStart, tag.MarkupEnd, tag, errors));
                break;
        }
    }

    private void HandleTag(TagSegment tag, MarkupParser markup)
    {
        switch (tag.Name)
        {
            case "if":
            case "unless":
                var kind = tag.Name == "if" ? BlockKind.If : BlockKind.Unless;
                Open(new BlockFrame(kind, Section(SectionKind.Opening, tag, markup.ParseConditionTag(tag.Name)), Detached(tag)));
                break;
            case "case":
                Open(new BlockFrame(BlockKind.Case, Section(SectionKind.Opening, tag, markup.ParseCaseSubject()), Detached(tag)));
                break;
            case "for":
                var header = markup.ParseForHeader();
                Open(new BlockFrame(BlockKind.For, Section(SectionKind.Opening, tag, null), Detached(tag)) { For = header });
                break;
            case "capture":
                var name = markup.ParseCaptureName() ?? string.Empty;
                Open(new BlockFrame(BlockKind.Capture, Section(SectionKind.Opening, tag, null), Detached(tag)) { CaptureName = name });
                break;
            case "elsif":
                Branch(Section(SectionKind.Elsif, tag, markup.ParseConditionTag("elsif")));
                break;
            case "when":
                Branch(new BlockSection(SectionKind.When, tag, null, markup.ParseWhenValues()));
                break;
            case "else":
                HandleElse(tag, markup);
                break;
            case "endif":
            case "endunless":
            case "endcase":
            case "endfor":
            case "endcapture":
                markup.ExpectNothing(tag.Name);
                Close(tag, EndedBlock(tag.Name));
                break;
            case "assign":
                var assign = markup.ParseAssign();
                if (assign is not null)
                {
                    Add(assign);
                }

                break;
            case "break":
            case "continue":
                markup.ExpectNothing(tag.Name);
                Add(tag.Name == "break" ? new LiquidBreakNode(tag.Offset, tag.Length) : new LiquidContinueNode(tag.Offset, tag.Length));
                break;
            case "#":
                Add(new LiquidCommentNode(text[tag.MarkupStart..tag.MarkupEnd].Trim(), tag.Offset, tag.Length));
                break;
            case "endraw":
            case "endcomment":
                Report(tag, $"`{{% {tag.Name} %}}` has no matching `{{% {tag.Name[3..]} %}}`");
                break;
            case "":
                Report(tag, "expected a tag name after `{%`");
                break;
            default:
                Report(tag, $"unknown tag `{{% {tag.Name} %}}`");
                break;
        }
    }

    private void HandleElse(TagSegment tag, MarkupParser markup)
    {
        // `else if` is the most common slip from other languages; read it as the elsif it means.
        if (markup.TryTakeWord("if"))
        {
            Report(tag, "write `{% elsif ... %}` instead of `{% else if ... %}`");
            Branch(Section(SectionKind.Elsif, tag, markup.ParseConditionTag("if")));
            return;
        }

        markup.ExpectNothing("else");
        Branch(Section(SectionKind.Else, tag, null));
    }

    private static BlockKind EndedBlock(string endTag) => endTag switch
    {
        "endif" => BlockKind.If,
        "endunless" => BlockKind.Unless,
        "endcase" => BlockKind.Case,
        "endfor" => BlockKind.For,
        _ => BlockKind.Capture,
    };

    private static BlockSection Section(SectionKind kind, TagSegment tag, LiquidExpression? expression) =>
        new(kind, tag, expression, []);

    private bool Detached(TagSegment tag)
    {
        if (stack.Count < MaxDepth)
        {
            return false;
        }

        if (!reportedDepth)
        {
            reportedDepth = true;
            Report(tag, $"blocks are nested more than {MaxDepth} levels deep");
        }

        return true;
    }

    private void Open(BlockFrame frame) => stack.Add(frame);

    private void Branch(BlockSection section)
    {
        var index = stack.FindLastIndex(frame => frame.Accepts(section.Kind));
        var tagName = section.Kind.ToString().ToLowerInvariant();
        if (index < 0)
        {
            var owners = section.Kind switch
            {
                SectionKind.Elsif => "`{% if %}` or `{% unless %}`",
                SectionKind.When => "`{% case %}`",
                _ => "`{% if %}`, `{% unless %}`, `{% case %}` or `{% for %}`",
            };
            Report(section.Tag, $"`{{% {tagName} %}}` has no matching {owners}");
            return;
        }

        CloseUnclosedAbove(index, section.Tag.Offset);
        var owner = stack[index];
        if (owner.HasElse)
        {
            var message = section.Kind == SectionKind.Else
                ? $"`{{% {owner.Name} %}}` already has an `{{% else %}}`"
                : $"`{{% {tagName} %}}` cannot come after `{{% else %}}`";
            Report(section.Tag, message);
            return;
        }

        owner.Sections.Add(section);
    }

    private void Close(TagSegment tag, BlockKind kind)
    {
        var index = stack.FindLastIndex(frame => frame.Kind == kind);
        if (index < 0 && closedEarly.Remove(kind))
        {
            return;
        }

        if (index < 0)
        {
            Report(tag, $"`{{% {tag.Name} %}}` has no matching `{{% {tag.Name[3..]} %}}`");
            return;
        }

        CloseUnclosedAbove(index, tag.Offset);
        Pop(tag.End, tag.Offset, reported: false);
    }

    /// <summary>Reports and closes every open block above <paramref name="index"/>, ending them at <paramref name="end"/>.</summary>
    private void CloseUnclosedAbove(int index, int end)
    {
        while (stack.Count - 1 > index)
        {
            var frame = stack[^1];
            Report(frame.OpeningTag, $"`{{% {frame.Name} %}}` is not closed: add `{{% end{frame.Name} %}}`");
            closedEarly.Add(frame.Kind);
            Pop(end, end, reported: true);
        }
    }

    /// <summary>Closes the innermost block; <paramref name="reported"/> says it already has an error of its own.</summary>
    private void Pop(int end, int bodyEnd, bool reported)
    {
        var frame = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        if (!frame.Detached)
        {
            Add(frame.Build(end, bodyEnd), reported);
        }
    }

    private void Add(LiquidNode node, bool reported = false)
    {
        if (stack.Count == 0)
        {
            root.Add(node);
            return;
        }

        var frame = stack[^1];
        if (frame.Kind == BlockKind.Case && frame.Sections.Count == 1)
        {
            // Liquid silently drops whatever sits before a case's first when; say so unless it is blank.
            if (node is not LiquidTextNode { Text: var value } || !string.IsNullOrWhiteSpace(value))
            {
                if (!frame.ReportedCaseContent && !reported)
                {
                    frame.ReportedCaseContent = true;
                    errors.Add(new LiquidError(node.Offset, node.Length, "only `{% when %}` or `{% else %}` can follow `{% case %}`: this is never shown"));
                }
            }

            return;
        }

        frame.CurrentBody.Add(node);
    }

    private void Report(TemplateSegment segment, string message) =>
        errors.Add(new LiquidError(segment.Offset, segment.Length, message));
}
