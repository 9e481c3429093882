using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Services;
using MarketingAutomation.Language.Workspace;

namespace MarketingAutomation.Language.Tests.Services;

/// <summary>
/// Every symbol of the example workspaces can be renamed. A rename is checked by compiling the
/// renamed workspace, so a use the binder does not record (and the rename would miss) fails here.
/// </summary>
public sealed class ExampleRenameTests
{
    [Theory]
    [InlineData("shop")]
    [InlineData("b2b")]
    public void Every_declared_symbol_can_be_renamed(string example)
    {
        var compilation = Compilation.Create(JourneyWorkspace.FromDirectory(Path.Combine(RepositoryPaths.Examples, example)));
        var symbols = compilation.Model.Symbols.AllDeclared().Where(s => s.Kind is not (SymbolKind.Contact or SymbolKind.Test)).ToList();
        Assert.NotEmpty(symbols);
        foreach (var symbol in symbols)
        {
            var tree = compilation.SyntaxTrees.Single(t => t.Source == symbol.Source);
            var result = RenameService.Rename(compilation, tree, symbol.NameSpan.Start, symbol.Name + "_renamed");
            Assert.True(result.Succeeded, $"{symbol}: {result.Error}");
            Assert.Equal(
                compilation.Model.References.Where(r => r.Symbol == symbol).Select(r => (r.Source.Path, r.Span)).Distinct().Count() + 1,
                result.Edits.Values.Sum(e => e.Count));
        }
    }
}
