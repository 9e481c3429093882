using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using MarketingAutomation.Compiler.Emit;
using MarketingAutomation.Compiler.Tests.Infrastructure;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Compiler.Tests;

public sealed class DeterminismAndSafetyTests
{
    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var first = Builds.Example("shop");
        var second = Builds.Example("shop");
        Assert.NotNull(first.Assembly);
        Assert.Equal(first.Assembly, second.Assembly);
    }

    [Fact]
    public void The_assembly_references_only_the_allow_list()
    {
        var image = Builds.Example("shop").Assembly ?? throw new InvalidOperationException();
        using var pe = new PEReader(new MemoryStream(image));
        var reader = pe.GetMetadataReader();
        var names = reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).Order().ToList();
        Assert.All(names, n => Assert.Contains(n, new[] { "System.Private.CoreLib", "System.Runtime", "MarketingAutomation.Runtime" }));
    }

    private const string Hostile = "q\" \\ \n \r */ /* #line 1 \"x\" {{ contact.email }} \\u0041 \u2028 \u2029 \u0000 \t é 😀 ); System.IO.File.Delete(\"/\"); //";

    [Fact]
    public void Hostile_strings_round_trip_exactly()
    {
        var escaped = Escape(Hostile);
        var longText = new string('x', 100_000) + "\"";
        var script = $$"""
            contact { email: email }
            event class { @namespace: text }
            template email @if { subject "{{escaped}}" body "b" }
            // a comment with */ and #line 9 "evil" and \u2028
            journey @return {
              when class
              tag "{{escaped}}"
              notify sales "{{Escape(longText)}}"
              send email @if with { @static: "{{escaped}}" }
            }
            """.Replace("@namespace", "namespace").Replace("@if", "if_").Replace("@return", "return").Replace("@static", "static");
        var result = Builds.FromText(("evil \"name\".journey", script));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var catalog = Builds.Load(result);
        var journey = catalog.Journeys.Single();
        Assert.Equal("return", journey.Info.Name);
        var context = new FakeContext(catalog.NewContact("c"));
        var effects = new RecordingEffects();
        var trigger = (Runtime.EventData)(Activator.CreateInstance(catalog.EventTypes["class"]) ?? throw new InvalidOperationException());
        journey.Start(trigger, context, effects);
        Assert.Equal("tag " + Hostile, effects.Log[0]);
        Assert.Equal("notify " + longText, effects.Log[1]);
        Assert.Equal("send Email if_ static=" + Hostile, effects.Log[2]);
    }

    [Fact]
    public void Literals_escape_everything_outside_printable_ascii()
    {
        Assert.Equal("\"a\\\"b\\\\c\\u000a\\u2028\\u2029\\u0000\"", Writing.CSharpLiteral.String("a\"b\\c\n\u2028\u2029\0"));
        Assert.Equal("@class", Writing.NameTable.Escape("class"));
        Assert.Equal("Class", Writing.NameTable.Pascal("class"));
        Assert.Equal("N1st", Writing.NameTable.Pascal("1st"));
    }

    [Fact]
    public void A_broken_lowering_is_an_internal_error_at_the_journey_line()
    {
        var compilation = Compilation.Create(JourneyWorkspace.FromDirectory(Repository.Example("shop")));
        var result = JourneyCompiler.Build(compilation, source => source.FileName == "AbandonedCartJourney.g.cs"
            ? source with { Text = source.Text.Replace("effects.Send(global::MarketingAutomation.Runtime.Channel.Email, \"cart_reminder\"", "effects.Send(42, \"cart_reminder\"", StringComparison.Ordinal) }
            : source);
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("MA9001", error.Code);
        Assert.EndsWith("abandoned_cart.journey", error.Path);
        Assert.Contains("send email cart_reminder", error.Source.GetLineText(error.Start.Line));
        Assert.DoesNotContain("global::", error.Message);
    }

    [Fact]
    public void The_floor_build_uses_the_same_references()
    {
        Assert.NotEmpty(RoslynFloor.Emit());
        Assert.Equal(3, ReferenceSet.References.Count);
    }

    [Fact]
    public void The_floor_compiles_given_sources_and_refuses_broken_ones()
    {
        var empty = RoslynFloor.Emit();
        var larger = RoslynFloor.Emit([new GeneratedSource("Part.g.cs", "namespace Part { public sealed class Shop { public int Orders { get; set; } = 3; } }\n")]);
        Assert.True(larger.Length > empty.Length);

        var broken = Assert.Throws<InvalidOperationException>(() => RoslynFloor.Emit([new GeneratedSource("Broken.g.cs", "namespace Broken { class }")]));
        Assert.Contains("CS1001", broken.Message);
    }

    private static string Escape(string value) => string.Concat(value.Select(c => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < ' ' or '\u2028' or '\u2029' => $"\\u{(int)c:x4}",
        _ => c.ToString(),
    }));
}
