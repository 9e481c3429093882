using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using MarketingAutomation.Language.Syntax;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Tests.Syntax.Incremental;

/// <summary>
/// The re-parse moves the syntax after an edit with <see cref="SyntaxShifter"/>, which lists each
/// node type by hand. Every node type, filled in by reflection with every field set, must come
/// out with every span moved and nothing lost, so a new type or field cannot be forgotten.
/// </summary>
public sealed class SyntaxShifterTests
{
    private static readonly TextSpan Before = new(10, 2);
    private static readonly TextSpan After = new(13, 2);

    public static TheoryData<string> NodeTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ConcreteNodeTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NodeTypes))]
    public void Every_node_type_is_moved_with_all_its_spans(string typeName)
    {
        var type = typeof(SyntaxNode).Assembly.GetType(typeName)!;
        var node = Sample(type, 0);
        var before = SpansIn(node).ToList();

        var moved = new SyntaxShifter(new TextChange(5, 5, 8)).Any(node);

        Assert.IsType(type, moved);
        Assert.All(before, span => Assert.Equal(Before, span));
        var after = SpansIn(moved).ToList();
        Assert.Equal(before.Count, after.Count);
        Assert.All(after, span => Assert.Equal(After, span));
    }

    [Fact]
    public void A_span_inside_the_change_cannot_be_moved()
    {
        var shifter = new SyntaxShifter(new TextChange(5, 20, 8));
        shifter.Any(new NameSyntax("n", new TextSpan(10, 2)));
        Assert.True(shifter.Failed);
    }

    private static IEnumerable<Type> ConcreteNodeTypes() =>
        typeof(SyntaxNode).Assembly.GetTypes()
            .Where(t => typeof(SyntaxNode).IsAssignableFrom(t) && !t.IsAbstract && t != typeof(CompilationUnitSyntax))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    /// <summary>An instance with every span <see cref="Before"/>, every child and list filled, every text "x".</summary>
    private static SyntaxNode Sample(Type type, int depth)
    {
        Assert.True(depth < 8, $"{type.Name} nests too deep to sample");
        var node = (SyntaxNode)RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in FieldsOf(type))
        {
            var fieldType = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
            object? value = fieldType == typeof(TextSpan) ? Before
                : fieldType == typeof(string) ? "x"
                : typeof(SyntaxNode).IsAssignableFrom(fieldType) ? Sample(Simplest(fieldType), depth + 1)
                : ElementType(fieldType) is { } element ? ListOf(element, Sample(Simplest(element), depth + 1))
                : null;
            if (value is not null)
            {
                field.SetValue(node, value);
            }
        }

        // As the builder makes a journey: Items holds its clauses and steps themselves.
        if (node is JourneyDeclarationSyntax journey)
        {
            FieldsOf(type).Single(f => f.Name.Contains(nameof(journey.Items), StringComparison.Ordinal))
                .SetValue(node, new List<SyntaxNode>([.. journey.Clauses, .. journey.Steps]));
        }

        return node;
    }

    private static IEnumerable<TextSpan> SpansIn(object node)
    {
        foreach (var field in FieldsOf(node.GetType()))
        {
            switch (field.GetValue(node))
            {
                case TextSpan span:
                    yield return span;
                    break;
                case SyntaxNode child:
                    foreach (var span in SpansIn(child))
                    {
                        yield return span;
                    }

                    break;
                case IEnumerable list and not string:
                    foreach (var span in list.OfType<SyntaxNode>().SelectMany(SpansIn))
                    {
                        yield return span;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<FieldInfo> FieldsOf(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }

    // The concrete node type with the fewest fields that fits, so samples stay small.
    private static Type Simplest(Type type) =>
        ConcreteNodeTypes().Where(type.IsAssignableFrom).OrderBy(t => FieldsOf(t).Count()).ThenBy(t => t.Name, StringComparer.Ordinal).First();

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && typeof(SyntaxNode).IsAssignableFrom(type.GetGenericArguments()[0])
            ? type.GetGenericArguments()[0]
            : null;

    private static IList ListOf(Type element, SyntaxNode item)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
        list.Add(item);
        return list;
    }
}
