using System.Collections;
using System.Globalization;
using System.Text;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Syntax.Incremental;

/// <summary>
/// Everything a parse produced, written out line by line so two parses can be compared and the
/// first difference shown: every node's type and public properties (a node met twice is written
/// as a reference, so shared nodes must be shared alike), every token, every diagnostic.
/// </summary>
internal static class TreeDump
{
    public static string Of(SyntaxTree tree)
    {
        var text = new StringBuilder();
        Node(text, tree.Root, 0, new Dictionary<object, int>(ReferenceEqualityComparer.Instance));
        foreach (var token in tree.Tokens)
        {
            text.Append(CultureInfo.InvariantCulture, $"token #{token.TokenIndex} type {token.Type} channel {token.Channel} [{token.StartIndex}..{token.StopIndex}] {token.Line}:{token.Column} {Quote(token.Text)}\n");
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            var fix = diagnostic.Fix is null ? string.Empty : $" fix {diagnostic.Fix.Title}: {string.Join(", ", diagnostic.Fix.Edits.Select(e => $"{e.Span} {Quote(e.NewText)}"))}";
            var sameText = ReferenceEquals(diagnostic.Source, tree.Source) ? "this source" : "OTHER SOURCE";
            text.Append(CultureInfo.InvariantCulture, $"diagnostic {diagnostic} {diagnostic.Span} {diagnostic.Severity} ({sameText}){fix}\n");
        }

        return text.ToString();
    }

    /// <summary>The first line where two dumps differ, with a little context, for a failure message.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end>";
            var right = i < b.Length ? b[i] : "<end>";
            if (left != right)
            {
                var context = string.Join("\n", a.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4)));
                return $"line {i + 1}\n{context}\nfull:        {left}\nincremental: {right}";
            }
        }

        return "no difference";
    }

    private static void Node(StringBuilder text, SyntaxNode node, int depth, Dictionary<object, int> seen)
    {
        var indent = new string(' ', depth * 2);
        if (seen.TryGetValue(node, out var id))
        {
            text.Append(CultureInfo.InvariantCulture, $"{indent}(node {id} again)\n");
            return;
        }

        seen[node] = id = seen.Count;
        text.Append(CultureInfo.InvariantCulture, $"{indent}{node.GetType().Name} {id}\n");
        foreach (var property in node.GetType().GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(node);
            switch (value)
            {
                case SyntaxNode child:
                    text.Append(CultureInfo.InvariantCulture, $"{indent}  {property.Name}:\n");
                    Node(text, child, depth + 2, seen);
                    break;
                case IEnumerable list and not string:
                    text.Append(CultureInfo.InvariantCulture, $"{indent}  {property.Name}: list\n");
                    foreach (var item in list)
                    {
                        if (item is SyntaxNode element)
                        {
                            Node(text, element, depth + 2, seen);
                        }
                        else
                        {
                            text.Append(CultureInfo.InvariantCulture, $"{indent}    {Scalar(item)}\n");
                        }
                    }

                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"{indent}  {property.Name}: {Scalar(value)}\n");
                    break;
            }
        }
    }

    private static string Scalar(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        TextSpan span => span.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string? text) =>
        text is null ? "null" : "\"" + string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}
