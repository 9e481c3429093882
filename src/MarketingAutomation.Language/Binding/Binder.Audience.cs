using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Binding;

/// <summary>Scores, templates' declarations and the workspace policy.</summary>
internal sealed partial class Binder
{
    // Caps by channel and period: `at most 1 sms per 1d` and `at most 2 sms per 7d` may coexist.
    private readonly HashSet<(string Channel, TimeSpan? Period)> caps = [];
    private QuietHoursRuleSyntax? quietHours;

    private void DeclareTemplate(TemplateDeclarationSyntax template)
    {
        // An unknown channel is reported here once; the template is still declared so that sends
        // naming it do not also report it as unknown, and nothing that depends on the channel is checked.
        var channel = ResolveChannel(template.Channel);
        var symbol = new TemplateSymbol(template.Name.Text, channel ?? Channel.Email, source, template)
        {
            Documentation = template.Documentation,
            IsChannelKnown = channel is not null,
        };
        TryDeclare(symbols.TemplatesByName, symbol, "template");
    }

    private void CheckScore(ScoreDeclarationSyntax score)
    {
        if (!score.Rules.OfType<ScoreOnRuleSyntax>().Any())
        {
            diagnostics.ReportScoreWithoutRules(source, score.Name.IsMissing ? score.Span : score.Name.Span, score.Name.Text);
        }

        foreach (var rule in score.Rules)
        {
            switch (rule)
            {
                case ScoreOnRuleSyntax on:
                    var @event = ResolveEvent(on.Event);
                    if (on.Filter is { } filter)
                    {
                        CheckCondition(filter, on.Event.Name.IsMissing ? new BindingScope(null, true) : BindingScope.For(@event));
                    }

                    if (on.Cap is { } cap)
                    {
                        CheckCount(cap);
                    }

                    break;
                case ScoreDecayRuleSyntax decay:
                    CheckPercent(decay.Percent, 0, 100, upperInclusive: true);
                    CheckDuration(decay.Period, allowZero: false);
                    break;
            }
        }
    }

    private void CheckPolicy(PolicyDeclarationSyntax policy)
    {
        foreach (var rule in policy.Rules)
        {
            switch (rule)
            {
                case QuietHoursRuleSyntax quiet:
                    CheckTime(quiet.From);
                    CheckTime(quiet.To);
                    if (quietHours is not null)
                    {
                        diagnostics.ReportDuplicatePolicyRule(source, quiet.Span, "quiet hours");
                    }
                    else if (quiet.From.Hour == quiet.To.Hour && quiet.From.Minute == quiet.To.Minute)
                    {
                        diagnostics.ReportEmptyQuietHours(source, quiet.Span);
                    }

                    quietHours ??= quiet;
                    break;
                case FrequencyCapRuleSyntax cap:
                    if (ResolveChannel(cap.Channel) is not null && !caps.Add((cap.Channel.Text, cap.Limit.Period.Value)))
                    {
                        diagnostics.ReportDuplicatePolicyRule(source, cap.Span, $"a cap for {cap.Channel.Text} per {cap.Limit.Period.Text}");
                    }

                    CheckCount(cap.Limit);
                    break;
            }
        }
    }
}
