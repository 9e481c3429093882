using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;
using static MarketingAutomation.Runtime.Tests.Infrastructure.Run;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>Scores with caps and decay; segments re-evaluated on change; lifecycle stages.</summary>
public sealed class ScoreAndSegmentTests
{
    private const string Script = Workspaces.Schema + """
        score interest {
          on page_viewed +10 where event.path starts_with "/pricing" max 2 per 1d
          on order_placed +5
          decay 50% every 7d
        }
        segment hot = score(interest) >= 20
        segment big = contact.spent > 1000
        template email hot_mail { subject "Hi" body "Hot" }
        journey heat {
          when contact enters hot
          stage mql
          send email hot_mail
        }
        journey cooled {
          when contact leaves big
          entry every time
          tag "was_big"
        }
        journey qualified {
          when stage becomes mql
          tag "qualified"
        }
        """;

    [Fact]
    public void Score_rules_respect_their_caps_and_decay_by_whole_periods()
    {
        var run = new Run(Script).Contact("a");
        for (var i = 0; i < 4; i++)
        {
            run.Event(H(i), "a", "page_viewed", ("path", "/pricing"));
        }

        run.Event(H(5), "a", "page_viewed", ("path", "/blog")).Until(D(1));
        var changes = run.Effects("a", EffectKind.ScoreChanged).ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal("20", changes[^1].Detail);

        run.Event(D(7) + H(1), "a", "order_placed", ("total", 10m)).Until(D(8));
        Assert.Equal("15", run.Effects("a", EffectKind.ScoreChanged).Last().Detail);   // 20 halved, plus 5
    }

    [Fact]
    public void Two_capped_rules_of_one_score_count_their_hits_apart()
    {
        const string twoCaps = Workspaces.Schema + """
            score interest {
              on page_viewed +1 max 2 per 1d
              on order_placed +10 max 1 per 2d
            }
            """;
        var run = new Run(twoCaps).Contact("a");
        for (var i = 0; i < 3; i++)
        {
            run.Event(H(i), "a", "page_viewed", ("path", "/")).Event(H(i) + TimeSpan.FromMinutes(30), "a", "order_placed", ("total", 1m));
        }

        // A day later the views count again, the order (two-day cap) not yet.
        run.Event(D(1) + H(3), "a", "page_viewed", ("path", "/")).Event(D(1) + H(4), "a", "order_placed", ("total", 1m)).Until(D(2));
        Assert.Equal(["1", "11", "12", "13"], run.Effects("a", EffectKind.ScoreChanged).Select(e => e.Detail));
        var hits = run.Simulator.Contact("a")!.Scores["interest"].RuleHits;
        Assert.Equal([1, 0], hits!.Select(h => h.Rule));
    }

    [Fact]
    public void Entering_a_segment_starts_its_journey_and_stage_changes_are_recorded_and_trigger()
    {
        var run = new Run(Script).Contact("a")
            .Event(H(1), "a", "page_viewed", ("path", "/pricing"))
            .Event(H(2), "a", "page_viewed", ("path", "/pricing"))
            .Until(D(1));
        Assert.Equal([H(2)], run.Entries("a", "heat"));
        Assert.Equal([H(2)], run.Sends("a", "hot_mail"));
        Assert.Equal([H(2)], run.Entries("a", "qualified"));
        var state = run.Simulator.Contact("a")!;
        Assert.Equal("mql", state.Stage);
        Assert.Equal(T0 + H(2), Assert.Single(state.StageHistory).At);
        Assert.Contains("qualified", state.Tags);
    }

    [Fact]
    public void Leaving_a_segment_triggers_on_the_change_that_causes_it()
    {
        var run = new Run(Script).Contact("a", ("spent", 2000m))
            .Set(D(1), "a", "spent", 10m)
            .Set(D(2), "a", "spent", 5000m)
            .Set(D(3), "a", "spent", 0m)
            .Until(D(4));
        Assert.Equal([D(1), D(3)], run.Entries("a", "cooled"));
    }
}
