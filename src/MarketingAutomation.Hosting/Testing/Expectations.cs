using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Runtime;
using MarketingAutomation.Runtime.Execution;

namespace MarketingAutomation.Hosting.Testing;

/// <summary>Checks one `expect` line against what happened, and says why when it fails.</summary>
internal static class Expectations
{
    public sealed record Result(TimeSpan? At, bool Passed, string? Message);

    public static Result Check(TestExpectSyntax expect, IReadOnlyList<Effect> effects, DateTimeOffset start)
    {
        var at = expect.At is DurationLiteralSyntax { Value: { } offset } ? offset : (TimeSpan?)null;
        var matching = effects.Where(e => Matches(expect, e)).ToList();
        var atMoment = at is { } t ? matching.Where(e => e.At - start == t).ToList() : matching;
        var when = string.Join(", ", matching.Select(e => PlainText.Duration(e.At - start)).Distinct());
        if (expect.Negated)
        {
            return atMoment.Count == 0
                ? new Result(at, true, null)
                : new Result(at, false, $"it happened at {string.Join(", ", atMoment.Select(e => PlainText.Duration(e.At - start)).Distinct())}");
        }

        if (atMoment.Count > 0)
        {
            return new Result(at, true, null);
        }

        if (matching.Count > 0)
        {
            return new Result(at, false, $"it happened at {when}, not at {PlainText.Duration(at!.Value)}");
        }

        return new Result(at, false, WhyNot(expect, effects, start));
    }

    private static bool Matches(TestExpectSyntax expect, Effect e) => expect.Kind switch
    {
        ExpectationKind.Send => e.Kind == EffectKind.Send && SameSend(expect, e),
        ExpectationKind.Goal => e.Kind == EffectKind.GoalReached,
        ExpectationKind.Exit => e.Kind == EffectKind.Exited,
        ExpectationKind.Stage => e.Kind == EffectKind.StageChanged && e.Name == expect.Subject?.Text,
        ExpectationKind.Tag => e.Kind == EffectKind.Tag && e.Name == expect.Tag?.Value,
        ExpectationKind.Post => e.Kind == EffectKind.Post && e.Name == expect.Subject?.Text,
        ExpectationKind.Notify => e.Kind == EffectKind.NotifySales,
        _ => false,
    };

    private static bool SameSend(TestExpectSyntax expect, Effect e) =>
        e.Name == expect.Subject?.Text
        && string.Equals(e.Channel?.ToString(), expect.Channel?.Text, StringComparison.OrdinalIgnoreCase);

    /// <summary>For a send that never happened: a skip or hold of the same message explains it.</summary>
    private static string WhyNot(TestExpectSyntax expect, IReadOnlyList<Effect> effects, DateTimeOffset start)
    {
        if (expect.Kind == ExpectationKind.Send)
        {
            if (First(effects, e => e.Kind == EffectKind.SendSkipped && SameSend(expect, e)) is { } skipped)
            {
                return $"it was skipped at {PlainText.Duration(skipped.At - start)}: {skipped.Detail}";
            }
        }

        if (First(effects, e => e.Kind == EffectKind.Failed) is { } failed)
        {
            return $"it never happened; the journey failed at {PlainText.Duration(failed.At - start)}: {failed.Detail}";
        }

        return effects.Any(e => e.Kind == EffectKind.Entered) ? "it never happened" : "it never happened: the contact never entered the journey";
    }

    /// <summary>The first matching effect, or null (effects are values: FirstOrDefault would give an empty one).</summary>
    private static Effect? First(IReadOnlyList<Effect> effects, Func<Effect, bool> match)
    {
        foreach (var effect in effects)
        {
            if (match(effect))
            {
                return effect;
            }
        }

        return null;
    }
}
