using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Syntax.Incremental;

/// <summary>
/// A re-parse after an edit (<see cref="SyntaxTree.WithChangedText"/>) must give exactly what a
/// full parse of the new text gives: syntax, tokens and diagnostics. Each sample goes through a
/// long chain of random edits, every re-parse made from the previous re-parse, and each step is
/// compared with a full parse.
/// </summary>
public sealed class IncrementalParserTests
{
    private const int EditsPerSample = 240;

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var path in SamplePaths())
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_reparse_after_random_edits_equals_a_full_parse(string sample)
    {
        var original = File.ReadAllText(Path.Combine(RepositoryPaths.Root, sample));
        var donors = SamplePaths().Select(File.ReadAllText).ToList();
        var random = new Random(StableHash(sample) ^ 20260501);
        var text = original;
        var tree = Parse(text);
        var history = new List<string>();
        for (var step = 0; step < EditsPerSample;)
        {
            // Now and then start over from the sample itself, so edits keep meeting real syntax.
            IEnumerable<(string Text, string Description)> edits = step % 40 == 39 ? [(original, "back to the sample")]
                : random.Next(3) == 0 ? RandomEdits.Typing(text, random)
                : [RandomEdits.Apply(text, random, donors)];
            foreach (var (edited, description) in edits)
            {
                history.Add(description);
                text = edited;
                tree = tree.WithChangedText(new SourceText(sample, text));
                AssertSameAsFullParse(tree, text, sample, history);
                step++;
            }
        }
    }

    [Fact]
    public void Typing_in_a_large_file_keeps_the_declarations_before_the_edit()
    {
        var text = LargeFile(120);
        var tree = Parse(text);
        var at = text.IndexOf("send email t60\n", StringComparison.Ordinal) + "send email t60".Length;
        var history = new List<string>();
        foreach (var c in "x_y")
        {
            text = text.Insert(at++, c.ToString());
            history.Add($"type {c}");
            var next = tree.WithChangedText(new SourceText("large.journey", text));
            AssertSameAsFullParse(next, text, "large.journey", history);

            // Nothing before the edited journey was parsed again: the very same syntax objects.
            var edited = next.Root.Declarations.Select((d, i) => (d, i)).First(x => x.d.Span.Contains(at - 1)).i;
            Assert.True(edited > 100);
            for (var i = 0; i < edited; i++)
            {
                Assert.Same(tree.Root.Declarations[i], next.Root.Declarations[i]);
            }

            tree = next;
        }
    }

    [Fact]
    public void Opening_a_comment_or_a_string_reparses_to_the_end()
    {
        var text = LargeFile(10);
        var history = new List<string>();
        var tree = Parse(text);
        foreach (var opener in new[] { "/*", "\"", "*/", "\"" })
        {
            var at = text.IndexOf("wait 2d", StringComparison.Ordinal);
            text = text.Insert(at, opener);
            history.Add($"insert {opener} at {at}");
            tree = tree.WithChangedText(new SourceText("large.journey", text));
            AssertSameAsFullParse(tree, text, "large.journey", history);
        }
    }


    // string.GetHashCode differs from run to run; a failure must be reproducible.
    private static int StableHash(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static SyntaxTree Parse(string text) => SyntaxTree.Parse(new SourceText("sample.journey", text));

    private static void AssertSameAsFullParse(SyntaxTree incremental, string text, string sample, List<string> history)
    {
        var expected = TreeDump.Of(SyntaxTree.Parse(new SourceText(sample, text)));
        var actual = TreeDump.Of(incremental);
        if (expected != actual)
        {
            Assert.Fail($"{sample}: the re-parse differs from a full parse after these edits:\n  {string.Join("\n  ", history.TakeLast(12))}\n{TreeDump.FirstDifference(expected, actual)}");
        }
    }

    private static IEnumerable<string> SamplePaths() =>
        Directory.EnumerateFiles(RepositoryPaths.Examples, "*.journey", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Samples, "*.journey", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "lsp", "vscode", "test", "grammar"), "*.journey"))
            .Order(StringComparer.Ordinal);

    internal static string LargeFile(int blocks) => string.Concat(Enumerable.Range(0, blocks).Select(i => $$$"""
        // Template {{{i}}}.
        template email t{{{i}}} {
          subject "Hello {{ contact.first_name }}, number {{{i}}}"
          body    "Body {{{i}}}"
        }

        journey j{{{i}}} {
          when signed_up
          entry once
          send email t{{{i}}}
          wait 2d
          if opened(t{{{i}}}) and contact.country in ["PL", "DE"] {
            send email welcome_1
          } else {
            send sms welcome_sms
          }
        }


        """));
}
