using System.Text.RegularExpressions;
using MarketingAutomation.Language.Formatting;

namespace MarketingAutomation.Language.Tests.Formatting;

/// <summary>
/// The formatter's two promises over real files and random ones: formatting never changes a
/// token (comments included), and formatting formatted text changes nothing.
/// </summary>
public sealed partial class FormatterPropertyTests
{
    private const int Seed = 20261122;
    private const int PerturbationsPerSample = 25;

    public static TheoryData<string> Samples() => SampleSources.Names();

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_formats_idempotently_without_changing_tokens(string name)
    {
        var text = SampleSources.Text(name);
        Assert.False(FormatAssert.Parse(text).HasErrors, $"{name} should parse");
        FormatAssert.HoldsPromises(text, name);
        FormatAssert.HoldsPromises(text, name + " (indent 4, no alignment)", new FormatOptions { IndentSize = 4, AlignColumns = false });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Random_whitespace_keeps_the_promises(string name)
    {
        var text = SampleSources.Text(name);
        for (var i = 0; i < PerturbationsPerSample; i++)
        {
            var seed = Seed + (i * 7919) + StableHash(name);
            var perturbed = WhitespacePerturbation.Perturb(text, new Random(seed), keepLineBreaks: false);
            Assert.False(FormatAssert.Parse(perturbed).HasErrors, $"{name} seed {seed}: the perturbed text should still parse");
            FormatAssert.HoldsPromises(perturbed, $"{name} seed {seed}");
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_layout_does_not_depend_on_the_authors_spacing(string name)
    {
        var text = SampleSources.Text(name);
        var expected = WithoutTrailingComments(FormatAssert.Format(text).Text);
        for (var i = 0; i < PerturbationsPerSample; i++)
        {
            var seed = Seed + (i * 104729) + StableHash(name);
            var perturbed = WhitespacePerturbation.Perturb(text, new Random(seed), keepLineBreaks: true);
            // Trailing comments keep their author's column by design; everything else is the formatter's.
            Assert.True(
                expected == WithoutTrailingComments(FormatAssert.Format(perturbed).Text),
                $"{name} seed {seed}: the same tokens on the same lines were laid out differently");
        }
    }

    [Fact]
    public void There_are_examples_to_test()
    {
        // Guards against the theories above passing vacuously when examples/ cannot be found.
        Assert.NotEmpty(SampleSources.ExampleFiles());
    }

    private static string WithoutTrailingComments(string text) => TrailingComment().Replace(text, string.Empty);

    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c)) & 0xFFFFF;

    // The examples and samples have no `//` inside strings, so this cannot cut a string short.
    [GeneratedRegex(@"(?<=\S)[ ]+//[^\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingComment();
}
