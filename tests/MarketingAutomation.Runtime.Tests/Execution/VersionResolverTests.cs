using MarketingAutomation.Runtime.Execution;
using MarketingAutomation.Runtime.Tests.Infrastructure;

namespace MarketingAutomation.Runtime.Tests.Execution;

/// <summary>
/// <see cref="ExecutorOptions.ResolveJourney"/>: an instance that started on another version of its
/// journey runs the code the host finds for that version; instances of this build never ask.
/// </summary>
public sealed class VersionResolverTests
{
    private const string Script = Workspaces.Schema + """
        template email new_one { subject "Hi" body "New" }
        template email old_one { subject "Hi" body "Old" }
        journey nurture {
          when signed_up
          wait 1d
          send email new_one
        }
        """;

    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_instance_of_an_older_version_resumes_on_the_code_the_resolver_finds()
    {
        var asked = new List<(string, string)>();
        var catalog = Workspaces.Compile(Script);
        var current = catalog.Journeys.Single(j => j.Info.Name == "nurture");
        var older = new OlderBuild(current.Info with { Version = "000000000001" });
        var executor = new Executor(catalog, new ExecutorOptions
        {
            ResolveJourney = (name, version) =>
            {
                asked.Add((name, version));
                return version == older.Info.Version ? older : null;
            },
        });

        var state = WaitingOn(executor, catalog, older.Info.Version);
        var effects = executor.Apply(state, Stimulus.TimerFired, T0.AddDays(1));

        Assert.Equal([("nurture", "000000000001")], asked);
        Assert.Equal(["old_one"], effects.Where(e => e.Kind == EffectKind.Send).Select(e => e.Name));
    }

    [Fact]
    public void An_instance_of_this_build_never_consults_the_resolver()
    {
        var asked = 0;
        var catalog = Workspaces.Compile(Script);
        var executor = new Executor(catalog, new ExecutorOptions { ResolveJourney = (_, _) => { asked++; return null; } });

        var state = WaitingOn(executor, catalog, version: null);
        var effects = executor.Apply(state, Stimulus.TimerFired, T0.AddDays(1));

        Assert.Equal(0, asked);
        Assert.Equal(["new_one"], effects.Where(e => e.Kind == EffectKind.Send).Select(e => e.Name));
    }

    [Fact]
    public void Without_an_answer_the_instance_goes_on_with_this_builds_code()
    {
        var catalog = Workspaces.Compile(Script);
        var executor = new Executor(catalog, new ExecutorOptions { ResolveJourney = (_, _) => null });

        var state = WaitingOn(executor, catalog, "ffffffffffff");
        var effects = executor.Apply(state, Stimulus.TimerFired, T0.AddDays(1));

        Assert.Equal(["new_one"], effects.Where(e => e.Kind == EffectKind.Send).Select(e => e.Name));
    }

    /// <summary>A contact waiting in `nurture`, its instance relabelled as started on <paramref name="version"/> (null: as it is).</summary>
    private static ContactState WaitingOn(Executor executor, JourneyCatalog catalog, string? version)
    {
        var (state, _) = executor.Admit(catalog.NewContact("a", new Dictionary<string, object?> { ["email"] = "a@example.com" }), T0);
        executor.Apply(state, Stimulus.Arrived(catalog.NewEvent("signed_up", T0, new Dictionary<string, object?> { ["source"] = "web" })), T0);
        var instance = Assert.Single(state.Instances);
        if (version is not null)
        {
            state.Instances[0] = instance with { Version = version };
        }

        return state;
    }

    /// <summary>Stands in for an older build of `nurture`: it sends a different template and ends.</summary>
    private sealed class OlderBuild(JourneyInfo info) : CompiledJourney
    {
        public override JourneyInfo Info => info;

        protected override JourneyState Run(JourneyState state, int step, IJourneyContext context, IJourneyEffects effects)
        {
            effects.Send(Channel.Email, "old_one", [], atBestTime: false);
            return Complete(state);
        }
    }
}
