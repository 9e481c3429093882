namespace MarketingAutomation.Compiler.Emit;

/// <summary>
/// A fresh process spends most of its first build JIT-compiling Roslyn itself (the NuGet package is
/// IL only). Started before the workspace is read and checked, this compiles and emits, once per
/// process and on another core, a small program written in the C# that generated code uses, so
/// Roslyn's parser, binder, flow analysis and emitter are compiled by the time the real sources are
/// ready. It shares nothing with the real compilation but the references (and the syntax tree
/// cache, under its own file name), so the output is the same.
/// </summary>
internal static class RoslynWarmUp
{
    private static readonly object Gate = new();
    private static Task? running;

    /// <summary>Starts the warm-up unless it has started already; returns at once.</summary>
    public static void Start()
    {
        lock (Gate)
        {
            running ??= Task.Run(Run);
        }
    }

    /// <summary>
    /// Waits for a started warm-up (so no compilation outlives the build that started it, and the
    /// real emit does not race it for the same methods); rethrows its failure, which is a bug here.
    /// </summary>
    public static void Wait()
    {
        Task? task;
        lock (Gate)
        {
            task = running;
        }

        task?.GetAwaiter().GetResult();
    }

    private static void Run()
    {
        var (image, errors) = RoslynEmitter.EmitUnwaited("WarmUp", new Version(1, 0, 0, 0), [new GeneratedSource("WarmUp.g.cs", Sample)]);
        if (image is null)
        {
            throw new InvalidOperationException("The Roslyn warm-up program does not compile: " + string.Join("; ", errors));
        }
    }

    /// <summary>The shapes of generated code (see the baselines): classes with a copy, switches, patterns, lambdas, decimals, `#line`.</summary>
    internal const string Sample = """
        #nullable disable

        namespace WarmUp
        {
            public enum Tier { Standard, Gold }

            public abstract class Profile { public string Id { get; init; } = ""; }

            public sealed class Person : Profile
            {
                internal Person Copy() => (Person)MemberwiseClone();

                public string Email { get; internal set; } = "";
                public global::System.DateOnly? Birthday { get; internal set; }
                public Tier Tier { get; internal set; } = Tier.Standard;
                public decimal Value { get; internal set; } = 0m;
                public global::System.Collections.Generic.IReadOnlyList<string> Tags { get; internal set; }
            }

            public sealed class Steps
            {
                public global::System.Type Contract => typeof(global::MarketingAutomation.Runtime.CompiledJourney);

                public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Func<Person, bool>> Rules { get; } = new global::System.Collections.Generic.Dictionary<string, global::System.Func<Person, bool>>(global::System.StringComparer.Ordinal)
                {
                    ["gold"] = static p => p.Tier == Tier.Gold && p.Value >= 100m,
                    ["tagged"] = static p => p.Tags is { Count: > 0 } tags && global::System.Array.Exists(new[] { "vip", "new" }, prefix => tags[0].StartsWith(prefix, global::System.StringComparison.Ordinal)),
                };

                public global::System.TimeSpan[] Windows { get; } = new global::System.TimeSpan[] { global::System.TimeSpan.FromTicks(864000000000L), global::System.TimeSpan.FromDays(7) };

                public Person With(Person person, string field, object value)
                {
                    var changed = person.Copy();
                    switch (field)
                    {
                        case "email": changed.Email = value as string ?? ""; break;
                        case "tier": changed.Tier = value switch { Tier typed => typed, "gold" => Tier.Gold, _ => Tier.Standard }; break;
                        case "value": changed.Value = value is decimal d ? d : 0m; break;
                        default: throw new global::System.ArgumentException("unknown field " + field, nameof(field));
                    }

                    return changed;
                }

                public int Run(int step, Person person, global::System.Collections.Generic.IReadOnlyDictionary<string, object> fields)
                {
                    foreach (var (field, value) in fields)
                    {
                        person = With(person, field, value);
                    }

                    switch (step)
                    {
                        case 0:
                        {
        #line 3 "warm-up.journey"
                            if (Rules["gold"](person) || (decimal)person.Email.Length * 1.5m > 10m) goto case 1;
                            goto case 2;
        #line hidden
                        }
                        case 1:
                        {
                            var draw = person.Id.Length / 7d;
                            if (draw < 0.5d) { return 3; }
                            return person.Birthday is { } day ? day.DayNumber : 4;
                        }
                        case 2:
                        {
                            return person is { Tier: Tier.Gold, Value: > 5m } ? 5 : 6;
                        }
                        default:
                            throw new global::System.InvalidOperationException("No step " + step + ".");
                    }
                }
            }
        }
        """;
}
