using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// The C# name of every script name the generated code uses, fixed once per workspace so the
/// schema, the journeys and the catalog agree. Types share one table (they share a namespace);
/// each record and enum has its own table for its members.
/// </summary>
internal sealed class SchemaNames
{
    public const string Runtime = "global::MarketingAutomation.Runtime.";
    public const string ContactType = "Contact";
    public const string SegmentsType = "SegmentConditions";
    public const string CatalogType = "WorkspaceCatalog";

    /// <summary>The catalog's helper that gives an enum value's script name (one overload per enum).</summary>
    public const string ScriptNameMethod = "ScriptName";

    /// <summary>The contact's shallow copy, the one place generated code changes a field.</summary>
    public const string CopyMethod = "Copy";

    /// <summary>The catalog's helper that reads every field of an event, in declaration order.</summary>
    public const string EventValuesMethod = "EventValues";

    // Generated types share one namespace, and the catalog's members share a scope with every type
    // the catalog names: `ContactFields.A` would read the property if an enum took that name.
    private readonly NameTable types = new(
        ContactType, SegmentsType, CatalogType, ScriptNameMethod, EventValuesMethod,
        "ContentHash", "Journeys", "Segments", "ScoreRules", "ScoreDecays", "EventTypes", "ContactType", "NewContact",
        "ContactFields", "EventFields", "Stages", "Policy", "Templates", "WithField", "ReadField", "NewEvent", "ReadEventField");

    private readonly Dictionary<string, string> enumParsers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> enumScriptNames = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Score, int Rule), string> scoreFilters = [];
    private readonly Dictionary<string, string> eventTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Owner, string Field), string> properties = [];
    private readonly Dictionary<string, (string Name, Dictionary<string, string> Members)> enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> journeys = new(StringComparer.Ordinal);
    private readonly NameTable segmentTable = new();
    private readonly Dictionary<string, string> segments = new(StringComparer.Ordinal);

    // Looked up for every bare name in every expression: a linear scan of thousands of templates was the bulk of lowering a large workspace.
    private readonly HashSet<string> templates = new(StringComparer.Ordinal);

    public SchemaNames(SymbolTable symbols)
    {
        Symbols = symbols;
        if (symbols.Contact is { } contact)
        {
            AddRecord(contact, "contact", ContactType, ["ContactId", "WithContactId", CopyMethod]);
        }

        foreach (var @event in OrderedEvents(symbols))
        {
            var typeName = types.Claim(@event.Name, "Event");
            eventTypes[@event.Name] = typeName;
            AddRecord(@event, @event.Name, typeName, ["EventName", "OccurredAt", "At"]);
        }

        if (symbols.Stages.Count > 0)
        {
            AddEnum(LifecycleStages(symbols), "lifecycle_stage");
        }

        foreach (var journey in symbols.Journeys.OrderBy(j => j.Name, StringComparer.Ordinal))
        {
            journeys[journey.Name] = types.Claim(journey.Name, "Journey");
        }

        foreach (var segment in symbols.Segments.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            segments[segment.Name] = segmentTable.Claim(segment.Name);
        }

        templates.UnionWith(symbols.Templates.Select(t => t.Name));

        // The catalog's per-enum and per-event helpers, named after every type so none shadows one.
        foreach (var (key, (name, _)) in enums)
        {
            enumParsers[key] = types.Claim("To" + name);
            enumScriptNames[key] = types.Claim(name, "Names");
        }

        foreach (var score in symbols.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            for (var rule = 0; rule < score.Syntax.Rules.Count; rule++)
            {
                if (score.Syntax.Rules[rule] is not Language.Syntax.ScoreOnRuleSyntax { Filter: not null })
                {
                    continue;
                }

                scoreFilters[(score.Name, rule)] = types.Claim(score.Name, "Rule" + (rule + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public SymbolTable Symbols { get; }

    public IEnumerable<(string Key, string Name, IReadOnlyDictionary<string, string> Members)> Enums =>
        enums.Select(e => (e.Key, e.Value.Name, (IReadOnlyDictionary<string, string>)e.Value.Members));

    /// <summary>Built-ins first, then declared events by name: a stable order for stable names.</summary>
    public static IEnumerable<EventSymbol> OrderedEvents(SymbolTable symbols) =>
        symbols.Events.OrderBy(e => e.IsBuiltIn ? 0 : 1).ThenBy(e => e.Name, StringComparer.Ordinal);

    /// <summary>The type of `contact.stage` when the profile declares no `stage` field.</summary>
    public static EnumType LifecycleStages(SymbolTable symbols) => new(symbols.Stages.Select(s => s.Name).ToList());

    public string EventType(string eventName) => eventTypes[eventName];

    public string Property(string owner, string field) => properties[(owner, field)];

    public string Journey(string name) => journeys[name];

    public string Segment(string name) => segments[name];

    public bool IsTemplate(string name) => templates.Contains(name);

    public string EnumName(EnumType type) => enums[Key(type)].Name;

    /// <summary>The catalog method that turns a plain value (or the enum itself) into this enum.</summary>
    public string EnumParser(EnumType type) => EnumParser(Key(type));

    /// <summary>The same, by the key <see cref="Enums"/> lists.</summary>
    public string EnumParser(string key) => enumParsers[key];

    /// <summary>The catalog's array of an enum's script names, in member order (by the key <see cref="Enums"/> lists).</summary>
    public string EnumScriptNames(string key) => enumScriptNames[key];

    /// <summary>The catalog method holding the `where` filter of a score's rule (by its index in the score).</summary>
    public string ScoreFilter(string score, int rule) => scoreFilters[(score, rule)];

    public string EnumMember(EnumType type, string value) => EnumName(type) + "." + enums[Key(type)].Members[value];

    /// <summary>The C# type of a value of a journey type (without `?`).</summary>
    public string TypeOf(JourneyType type) => type switch
    {
        EnumType e => EnumName(e),
        ListType l => "global::System.Collections.Generic.IReadOnlyList<" + TypeOf(l.Element) + ">",
        _ => type.Kind switch
        {
            TypeKind.Number or TypeKind.Money or TypeKind.Percent => "decimal",
            TypeKind.Bool => "bool",
            TypeKind.Date => "global::System.DateOnly",
            TypeKind.DateTime => "global::System.DateTimeOffset",
            TypeKind.Time => "global::System.TimeOnly",
            TypeKind.Duration => "global::System.TimeSpan",
            TypeKind.Text or TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone or TypeKind.TemplateReference => "string",
            _ => throw new LoweringException($"a value of type {type.DisplayName} has no C# form"),
        },
    };

    public static bool IsValueType(JourneyType type) => type is not ListType && type.Kind is not (TypeKind.Text or TypeKind.Email or TypeKind.Phone or TypeKind.TimeZone or TypeKind.TemplateReference);

    private static string Key(EnumType type) => string.Join(",", type.Values);

    private void AddRecord(RecordSymbol record, string owner, string typeName, string[] inherited)
    {
        var members = new NameTable([typeName, .. inherited, "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize"]);
        foreach (var field in record.Fields)
        {
            properties[(owner, field.Name)] = members.Claim(field.Name);
            AddEnums(field.Type, owner + "_" + field.Name);
        }
    }

    private void AddEnums(JourneyType type, string hint)
    {
        if (type is EnumType e)
        {
            AddEnum(e, hint);
        }
        else if (type is ListType l)
        {
            AddEnums(l.Element, hint);
        }
    }

    private void AddEnum(EnumType type, string hint)
    {
        var key = Key(type);
        if (enums.ContainsKey(key))
        {
            return;
        }

        var memberTable = new NameTable("value__");
        var members = type.Values.Distinct(StringComparer.Ordinal).ToDictionary(v => v, v => memberTable.Claim(v), StringComparer.Ordinal);
        enums[key] = (types.Claim(hint), members);
    }
}
