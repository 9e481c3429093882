using System.Text;

namespace MarketingAutomation.Runtime;

/// <summary>
/// A contact's or event's fields (<see cref="FieldInfo"/>) written as one line of text, the way a generated
/// catalog declares them: <c>order_id: text, total: money, category: enum(beans, grinders),
/// tags: list(text)?, tier: enum(standard, gold) = default</c>. A kind is a <see cref="FieldKind"/>
/// in lower case, <c>?</c> marks an optional field and <c>= default</c> one declared with a default.
/// </summary>
/// <remarks>
/// Field descriptions are data, not code: as one string each contact or event costs Roslyn next to nothing
/// to compile, where an object creation per field was a noticeable part of every build. Names in
/// scripts are letters, digits and underscores, so they never collide with the punctuation here.
/// </remarks>
public static class FieldList
{
    private const string DefaultMarker = " = default";

    /// <summary>The text <see cref="Parse"/> reads back as the same fields.</summary>
    public static string Describe(IEnumerable<FieldInfo> fields) => string.Join(", ", fields.Select(Describe));

    /// <summary>Reads what <see cref="Describe(IEnumerable{FieldInfo})"/> wrote; anything else throws <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<FieldInfo> Parse(string description)
    {
        var reader = new Reader(description);
        var fields = new List<FieldInfo>();
        while (!reader.AtEnd)
        {
            if (fields.Count > 0)
            {
                reader.Expect(", ");
            }

            fields.Add(reader.Field());
        }

        return fields.ToArray();
    }

    private static string Describe(FieldInfo field)
    {
        var text = new StringBuilder(field.Name).Append(": ");
        if (field.Kind == FieldKind.List)
        {
            text.Append("list(");
            Type(text, field.ElementKind ?? throw new ArgumentException($"{field.Name}: a list needs its element kind."), field.EnumValues);
            text.Append(')');
        }
        else
        {
            Type(text, field.Kind, field.EnumValues);
        }

        return text.Append(field.Optional ? "?" : string.Empty).Append(field.HasDefault ? DefaultMarker : string.Empty).ToString();
    }

    /// <summary>
    /// A list's own element type is not described beyond its kind (<see cref="FieldInfo.ElementKind"/>),
    /// so a list of lists is written <c>list(list)</c>.
    /// </summary>
    private static void Type(StringBuilder text, FieldKind kind, IReadOnlyList<string>? enumValues)
    {
        text.Append(KindName(kind));
        if (kind == FieldKind.Enum)
        {
            text.Append('(').AppendJoin(", ", enumValues ?? []).Append(')');
        }
    }

    private static string KindName(FieldKind kind) => kind switch
    {
        FieldKind.DateTime => "datetime",
        FieldKind.TimeZone => "timezone",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static FieldKind Kind(string name) => name switch
    {
        "text" => FieldKind.Text,
        "number" => FieldKind.Number,
        "money" => FieldKind.Money,
        "bool" => FieldKind.Bool,
        "date" => FieldKind.Date,
        "datetime" => FieldKind.DateTime,
        "time" => FieldKind.Time,
        "duration" => FieldKind.Duration,
        "email" => FieldKind.Email,
        "phone" => FieldKind.Phone,
        "timezone" => FieldKind.TimeZone,
        "enum" => FieldKind.Enum,
        "list" => FieldKind.List,
        _ => throw new FormatException($"'{name}' is not a field kind."),
    };

    private sealed class Reader(string text)
    {
        private int position;

        public bool AtEnd => position == text.Length;

        public FieldInfo Field()
        {
            var name = Name();
            Expect(": ");
            var (kind, enumValues) = Type();
            FieldKind? element = null;
            if (kind == FieldKind.List)
            {
                Expect("(");
                (var elementKind, enumValues) = Type();
                element = elementKind;
                Expect(")");
            }

            var optional = Skip("?");
            var hasDefault = Skip(DefaultMarker);
            return new FieldInfo(name, kind, optional, hasDefault, enumValues, element);
        }

        public void Expect(string expected)
        {
            if (!Skip(expected))
            {
                throw Malformed($"expected '{expected}'");
            }
        }

        private (FieldKind Kind, IReadOnlyList<string>? EnumValues) Type()
        {
            var kind = Kind(Name());
            if (kind != FieldKind.Enum)
            {
                return (kind, null);
            }

            Expect("(");
            var values = new List<string> { Name() };
            while (Skip(", "))
            {
                values.Add(Name());
            }

            Expect(")");
            return (kind, values.ToArray());
        }

        private string Name()
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            return position > start ? text[start..position] : throw Malformed("expected a name");
        }

        private bool Skip(string expected)
        {
            if (!text.AsSpan(position).StartsWith(expected, StringComparison.Ordinal))
            {
                return false;
            }

            position += expected.Length;
            return true;
        }

        private FormatException Malformed(string why) => new($"Field list \"{text}\" at {position}: {why}.");
    }
}
