namespace MarketingAutomation.Language.Binding;

public enum TypeKind
{
    Text,
    Number,
    Money,
    Bool,
    Date,
    DateTime,
    Time,
    Duration,
    Percent,
    Email,
    Phone,
    TimeZone,
    Enum,
    List,
    /// <summary>The contact's profile (`contact`).</summary>
    Profile,
    /// <summary>An event's data (`event`, `last(order_placed)`).</summary>
    Event,
    /// <summary>A template named as a value, as in `event email.opened { template: welcome_1 }`.</summary>
    TemplateReference,
    /// <summary>A value whose type could not be worked out; it fits anywhere, so one mistake is reported once.</summary>
    Error,
}

/// <summary>The type of a value in the journey language.</summary>
public record JourneyType(TypeKind Kind)
{
    public static readonly JourneyType Text = new(TypeKind.Text);
    public static readonly JourneyType Number = new(TypeKind.Number);
    public static readonly JourneyType Money = new(TypeKind.Money);
    public static readonly JourneyType Bool = new(TypeKind.Bool);
    public static readonly JourneyType Date = new(TypeKind.Date);
    public static readonly JourneyType DateTime = new(TypeKind.DateTime);
    public static readonly JourneyType Time = new(TypeKind.Time);
    public static readonly JourneyType Duration = new(TypeKind.Duration);
    public static readonly JourneyType Percent = new(TypeKind.Percent);
    public static readonly JourneyType Email = new(TypeKind.Email);
    public static readonly JourneyType Phone = new(TypeKind.Phone);
    public static readonly JourneyType TimeZone = new(TypeKind.TimeZone);
    public static readonly JourneyType Profile = new(TypeKind.Profile);
    public static readonly JourneyType TemplateReference = new(TypeKind.TemplateReference);
    public static readonly JourneyType Error = new(TypeKind.Error);

    /// <summary>The types a field may be declared with, by the name written in a script.</summary>
    public static readonly IReadOnlyDictionary<string, JourneyType> ByName = new Dictionary<string, JourneyType>(StringComparer.Ordinal)
    {
        ["text"] = Text,
        ["number"] = Number,
        ["money"] = Money,
        ["bool"] = Bool,
        ["date"] = Date,
        ["datetime"] = DateTime,
        ["time"] = Time,
        ["duration"] = Duration,
        ["email"] = Email,
        ["phone"] = Phone,
        ["timezone"] = TimeZone,
    };

    public bool IsError => Kind == TypeKind.Error;

    public bool IsNumeric => Kind is TypeKind.Number or TypeKind.Money or TypeKind.Percent or TypeKind.Error;

    /// <summary>Email addresses, phone numbers and time zones are text with rules; text operations apply.</summary>
    public bool IsTextLike => Kind is TypeKind.Text or TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone or TypeKind.Error;

    public bool IsMoment => Kind is TypeKind.Date or TypeKind.DateTime or TypeKind.Error;

    public virtual string DisplayName => Kind switch
    {
        TypeKind.DateTime => "datetime",
        TypeKind.TimeZone => "timezone",
        TypeKind.TemplateReference => "template",
        TypeKind.Profile => "contact",
        TypeKind.Error => "?",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether a value of this type may be used where <paramref name="target"/> is required.</summary>
    public bool IsAssignableTo(JourneyType target)
    {
        if (IsError || target.IsError || this == target)
        {
            return true;
        }

        return (Kind, target.Kind) switch
        {
            (TypeKind.Number, TypeKind.Money) or (TypeKind.Money, TypeKind.Number) => true,
            (TypeKind.Date, TypeKind.DateTime) => true,
            (TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone, TypeKind.Text) => true,
            (TypeKind.List, TypeKind.List) => ((ListType)this).Element.IsAssignableTo(((ListType)target).Element),
            _ => false,
        };
    }

    public override string ToString() => DisplayName;
}

public sealed record EnumType(IReadOnlyList<string> Values) : JourneyType(TypeKind.Enum)
{
    public override string DisplayName => $"enum({string.Join(", ", Values)})";

    public bool Equals(EnumType? other) => other is not null && Values.SequenceEqual(other.Values);

    public override int GetHashCode() => Values.Count;
}

public sealed record ListType(JourneyType Element) : JourneyType(TypeKind.List)
{
    public override string DisplayName => $"list({Element.DisplayName})";
}

public sealed record EventDataType(EventSymbol Event) : JourneyType(TypeKind.Event)
{
    public override string DisplayName => $"event {Event.Name}";
}
