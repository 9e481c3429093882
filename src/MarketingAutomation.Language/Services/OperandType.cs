using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// The type of a value written just before the cursor (`contact.plan`, `event.category`,
/// `last(order_placed).sku`), so completion can offer the values that fit it. IsStage marks
/// `contact.stage`, whose values are the lifecycle's stages.
/// </summary>
internal sealed record OperandType(JourneyType? Type, bool IsStage)
{
    /// <summary>The type of the member access ending at <paramref name="end"/>, if it can be read from the tokens.</summary>
    public static OperandType? Before(CompletionContext context, TokenWords words, int end, EventSymbol? @event)
    {
        if (words[end - 1] != "." || !words.IsWord(end))
        {
            return null;
        }

        var member = words[end];
        var target = words[end - 2];
        RecordSymbol? record = target switch
        {
            "contact" when words[end - 3] != "." => context.Symbols.Contact,
            "event" when words[end - 3] != "." => @event,
            ")" when ExpressionCompletions.OpenCallBefore(words, end - 2) is { Function: "last" } call => context.FindEvent(words.EventAt(call.Index + 1)),
            _ => null,
        };
        if (record?.FindField(member) is { } field)
        {
            return new OperandType(field.Type, false);
        }

        return record is ContactSymbol && member == "stage" && context.Symbols.HasLifecycle ? new OperandType(null, true) : null;
    }
}
