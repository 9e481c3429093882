using System.Collections.Concurrent;
using System.Reflection;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Language.Services;

/// <summary>
/// Walks the immutable syntax tree. The node records keep their children in properties, so the
/// walk reads them by reflection (once per node type): it stays complete as node types are added.
/// </summary>
internal static class SyntaxWalk
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> ChildProperties = new();

    /// <summary>The node's children in source order, each once (a journey lists its clauses in two properties).</summary>
    public static IReadOnlyList<SyntaxNode> Children(SyntaxNode node)
    {
        var seen = new HashSet<SyntaxNode>(ReferenceEqualityComparer.Instance);
        var children = new List<SyntaxNode>();
        foreach (var property in ChildProperties.GetOrAdd(node.GetType(), FindChildProperties))
        {
            switch (property.GetValue(node))
            {
                case SyntaxNode child when seen.Add(child):
                    children.Add(child);
                    break;
                case IEnumerable<SyntaxNode> list:
                    children.AddRange(list.Where(seen.Add));
                    break;
            }
        }

        children.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return children;
    }

    public static IEnumerable<SyntaxNode> DescendantsAndSelf(SyntaxNode node)
    {
        var pending = new Stack<SyntaxNode>();
        pending.Push(node);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            yield return current;
            var children = Children(current);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                pending.Push(children[i]);
            }
        }
    }

    /// <summary>The nodes whose span holds the position (touching its end counts), outermost first.</summary>
    public static IReadOnlyList<SyntaxNode> PathTo(SyntaxNode root, int position)
    {
        var path = new List<SyntaxNode>();
        SyntaxNode? current = root;
        while (current is not null)
        {
            path.Add(current);
            var children = Children(current);
            current = children.FirstOrDefault(c => c.Span.Contains(position))
                ?? children.LastOrDefault(c => c.Span.IntersectsOrTouches(position));
        }

        return path;
    }

    private static PropertyInfo[] FindChildProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0
            && (typeof(SyntaxNode).IsAssignableFrom(p.PropertyType) || typeof(IEnumerable<SyntaxNode>).IsAssignableFrom(p.PropertyType)))
        .ToArray();
}
