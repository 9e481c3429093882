using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>Where the cursor is: the open frames (outermost first) and the tokens of the statement typed so far.</summary>
internal sealed class CompletionContext(SymbolTable symbols, IReadOnlyList<CompletionFrame> frames)
{
    public SymbolTable Symbols { get; } = symbols;

    public IReadOnlyList<CompletionFrame> Frames { get; } = frames;

    public CompletionFrame Current => Frames[^1];

    public TokenWords Statement => Current.Words;

    /// <summary>
    /// The event `event` means at the cursor, from the frames: a `received` block's event, else
    /// the journey's trigger event; none in tests, scores and top-level declarations.
    /// </summary>
    public EventSymbol? EventInScope
    {
        get
        {
            for (var i = Frames.Count - 1; i >= 0; i--)
            {
                var frame = Frames[i];
                if (frame.ScopesEvent)
                {
                    return FindEvent(frame.Event);
                }

                if (frame.Kind == FrameKind.Journey)
                {
                    return FindEvent(frame.Trigger);
                }
            }

            return null;
        }
    }

    public EventSymbol? FindEvent(string? name) =>
        name is null ? null : Symbols.Events.FirstOrDefault(e => e.Name == name);

    /// <summary>The frame of the journey the cursor is in, if any.</summary>
    public CompletionFrame? Journey => Frames.LastOrDefault(f => f.Kind == FrameKind.Journey);
}
