using MarketingAutomation.Language.Text;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Workspace;

public sealed class CompilationTests
{
    private const string Schema = "contact { email: email }\nevent signed_up { source: text }\ntemplate email hi { subject \"Hi\" body \"Hello\" }\n";
    private const string Journey = "journey j {\n  when signed_up\n  send email hi\n}\n";

    private static Compilation Create(params (string Path, string Text)[] files) =>
        Compilation.Create(JourneyWorkspace.FromDocuments("/ws", files.Select(f => new SourceText(f.Path, f.Text))));

    [Fact]
    public void An_unchanged_document_keeps_its_syntax_tree()
    {
        var before = Create(("/ws/a.journey", Schema), ("/ws/b.journey", Journey));

        // New SourceText objects with the same text, as an editor's workspace is rebuilt.
        var after = before.WithWorkspace(JourneyWorkspace.FromDocuments("/ws", [new SourceText("/ws/a.journey", Schema), new SourceText("/ws/b.journey", Journey + "\n")]));

        Assert.Same(before.SyntaxTrees[0], after.SyntaxTrees[0]);
        Assert.NotSame(before.SyntaxTrees[1], after.SyntaxTrees[1]);
        Assert.Equal(Journey + "\n", after.SyntaxTrees[1].Source.Text);
    }

    [Fact]
    public void Documents_and_trees_stay_one_object_and_in_order()
    {
        var before = Create(("/ws/b.journey", Journey), ("/ws/a.journey", Schema));

        var after = before.WithDocument(new SourceText("/ws/c.journey", "segment s = contact.email contains \"@\"\n"));

        Assert.Equal(["/ws/a.journey", "/ws/b.journey", "/ws/c.journey"], after.SyntaxTrees.Select(t => t.Source.Path));
        Assert.Equal(after.SyntaxTrees.Select(t => t.Source), after.Workspace.Documents);
    }

    [Fact]
    public void Binding_sees_every_file_again_after_one_changes()
    {
        var before = Create(("/ws/a.journey", Schema), ("/ws/b.journey", Journey));
        Assert.DoesNotContain(before.Diagnostics, d => d.IsError);

        // Renaming the template in one file breaks the other, whose tree was reused.
        var broken = before.WithDocument(new SourceText("/ws/a.journey", Schema.Replace("email hi", "email hello", StringComparison.Ordinal)));

        Assert.Same(before.SyntaxTrees[1], broken.SyntaxTrees[1]);
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Path == "/ws/b.journey");
        Assert.DoesNotContain(before.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void An_incremental_compilation_finds_what_a_fresh_one_finds()
    {
        var edited = Journey.Replace("send email hi", "send email nope", StringComparison.Ordinal);
        var incremental = Create(("/ws/a.journey", Schema), ("/ws/b.journey", Journey))
            .WithDocument(new SourceText("/ws/b.journey", edited));
        var fresh = Create(("/ws/a.journey", Schema), ("/ws/b.journey", edited));

        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), incremental.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_removed_document_leaves_the_compilation()
    {
        var before = Create(("/ws/a.journey", Schema), ("/ws/b.journey", Journey));

        var after = before.WithWorkspace(JourneyWorkspace.FromDocuments("/ws", [new SourceText("/ws/b.journey", Journey)]));

        Assert.Equal(["/ws/b.journey"], after.SyntaxTrees.Select(t => t.Source.Path));
        Assert.Same(before.SyntaxTrees[1], after.SyntaxTrees[0]);
        Assert.Contains(after.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Compilations_built_from_one_on_many_threads_agree()
    {
        var before = Create(("/ws/a.journey", Schema), ("/ws/b.journey", Journey));

        var results = Enumerable.Range(0, 8).AsParallel()
            .Select(i => before.WithDocument(new SourceText("/ws/b.journey", Journey + new string('\n', i))).Diagnostics.Count)
            .ToList();

        Assert.All(results, count => Assert.Equal(before.Diagnostics.Count, count));
    }
}
