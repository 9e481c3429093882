namespace MarketingAutomation.Runtime;

/// <summary>The declared type of a contact or event field, as a host sees it.</summary>
public enum FieldKind
{
    Text,
    Number,
    Money,
    Bool,
    Date,
    DateTime,
    Time,
    Duration,
    Email,
    Phone,
    TimeZone,
    Enum,
    List,
}
