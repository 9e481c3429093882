using MarketingAutomation.Compiler.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MarketingAutomation.Compiler.Tests;

public sealed class SyntaxTreeCacheTests
{
    private static SyntaxTree Parse(string text) => CSharpSyntaxTree.ParseText(text);

    [Fact]
    public void The_same_text_under_the_same_name_reuses_its_tree()
    {
        var cache = new SyntaxTreeCache(maxCharacters: 1000);
        var first = cache.GetOrParse("A.g.cs", "class A { }", Parse);
        Assert.Same(first, cache.GetOrParse("A.g.cs", "class A { }", Parse));
        Assert.NotSame(first, cache.GetOrParse("B.g.cs", "class A { }", Parse));
    }

    [Fact]
    public void A_changed_text_is_parsed_again()
    {
        var cache = new SyntaxTreeCache(maxCharacters: 1000);
        cache.GetOrParse("A.g.cs", "class A { }", Parse);
        var changed = cache.GetOrParse("A.g.cs", "class A { int x; }", Parse);
        Assert.Equal("class A { int x; }", changed.ToString());
    }

    [Fact]
    public void It_holds_no_more_text_than_its_bound()
    {
        var cache = new SyntaxTreeCache(maxCharacters: 20);
        var parses = 0;
        SyntaxTree Counting(string text)
        {
            parses++;
            return Parse(text);
        }

        cache.GetOrParse("A.g.cs", "class A { }", Counting);
        cache.GetOrParse("B.g.cs", "class B { }", Counting); // 22 characters in all: A is dropped
        cache.GetOrParse("A.g.cs", "class A { }", Counting);
        cache.GetOrParse("C.g.cs", new string(' ', 21), Counting); // larger than the bound: never kept
        cache.GetOrParse("C.g.cs", new string(' ', 21), Counting);
        Assert.Equal(5, parses);
    }
}
