using Microsoft.CodeAnalysis;

namespace MarketingAutomation.Compiler.Emit;

/// <summary>
/// The syntax trees of the last generated files, by file name, for processes that build again
/// and again (the server, the language server, benchmarks): after an edit most generated files
/// have the same text, and a tree is immutable, so it is reused instead of parsed again (about a
/// tenth of a warm build of the shop). Bounded by the text it holds; full means cleared.
/// </summary>
internal sealed class SyntaxTreeCache(int maxCharacters)
{
    private readonly Dictionary<string, (string Text, SyntaxTree Tree)> trees = new(StringComparer.Ordinal);
    private int characters;

    public SyntaxTree GetOrParse(string fileName, string text, Func<string, SyntaxTree> parse)
    {
        lock (trees)
        {
            if (trees.TryGetValue(fileName, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
            {
                return cached.Tree;
            }
        }

        var tree = parse(text);
        lock (trees)
        {
            if (trees.Remove(fileName, out var replaced))
            {
                characters -= replaced.Text.Length;
            }

            if (characters + text.Length > maxCharacters)
            {
                trees.Clear();
                characters = 0;
            }

            if (text.Length <= maxCharacters)
            {
                trees[fileName] = (text, tree);
                characters += text.Length;
            }
        }

        return tree;
    }
}
