using static MarketingAutomation.Language.Diagnostics.DiagnosticSeverity;

namespace MarketingAutomation.Language.Diagnostics;

/// <summary>
/// Every diagnostic code the language reports. Codes are stable: a code is never reused for
/// another meaning. docs/diagnostics.md lists each one with an example (a test keeps them in step).
/// MA1xxx syntax, MA2xxx names, MA3xxx types, MA4xxx journey structure, MA5xxx values,
/// MA6xxx templates, MA7xxx tests, MA8xxx audience and policy.
/// </summary>
public static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor UnexpectedToken = new("MA1001", Error, "Unexpected input", "The text does not fit the language's grammar at this point.");
    public static readonly DiagnosticDescriptor UnterminatedString = new("MA1002", Error, "Text not closed", "A text value opened with `\"` must be closed with `\"` on the same line.");
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new("MA1003", Error, "Unexpected character", "A character that has no meaning in the language.");
    public static readonly DiagnosticDescriptor UnterminatedComment = new("MA1004", Error, "Comment not closed", "A comment opened with `/*` must be closed with `*/`.");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("MA1005", Error, "Nesting too deep", "Blocks, brackets or operators are nested deeper than the language allows.");
    public static readonly DiagnosticDescriptor MissingToken = new("MA1006", Error, "Missing input", "Something the grammar requires is missing here.");

    public static readonly DiagnosticDescriptor UnknownName = new("MA2001", Error, "Unknown name", "A name that no declaration in the workspace defines.");
    public static readonly DiagnosticDescriptor UnknownField = new("MA2002", Error, "Unknown field", "The contact or event has no field of this name.");
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new("MA2003", Error, "Duplicate declaration", "Two declarations of the same kind share a name; every name must be unique in its workspace.");
    public static readonly DiagnosticDescriptor UnknownEvent = new("MA2004", Error, "Unknown event", "An event that is neither declared in the workspace nor built in.");
    public static readonly DiagnosticDescriptor UnknownTemplate = new("MA2005", Error, "Unknown template", "A template that no `template` declaration defines.");
    public static readonly DiagnosticDescriptor UnknownSegment = new("MA2006", Error, "Unknown segment", "A segment that no `segment` declaration defines.");
    public static readonly DiagnosticDescriptor UnknownScore = new("MA2007", Error, "Unknown score", "A score that no `score` declaration defines.");
    public static readonly DiagnosticDescriptor UnknownStage = new("MA2008", Error, "Unknown lifecycle stage", "A stage that the `lifecycle` declaration does not list.");
    public static readonly DiagnosticDescriptor UnknownConnection = new("MA2009", Error, "Unknown connection", "A connection that no `connection` declaration defines.");
    public static readonly DiagnosticDescriptor UnknownJourney = new("MA2010", Error, "Unknown journey", "A journey that no `journey` declaration defines.");
    public static readonly DiagnosticDescriptor ContactDeclarationCount = new("MA2011", Error, "Contact profile missing or repeated", "A workspace declares its contact profile exactly once.");
    public static readonly DiagnosticDescriptor DuplicateField = new("MA2012", Error, "Duplicate field", "A field or property is named twice.");
    public static readonly DiagnosticDescriptor UnknownType = new("MA2013", Error, "Unknown type", "A field's type is not one of the language's types.");
    public static readonly DiagnosticDescriptor EventNotInScope = new("MA2014", Error, "`event` used where no event is in scope", "`event.x` can only be read where an event triggered the journey, in a `where` filter, or in a `received` branch.");
    public static readonly DiagnosticDescriptor UnknownEnumValue = new("MA2015", Error, "Unknown enum value", "The value is not one of the enum's values.");
    public static readonly DiagnosticDescriptor UnknownFunction = new("MA2016", Error, "Unknown function", "A function the language does not provide.");
    public static readonly DiagnosticDescriptor UnknownChannel = new("MA2017", Error, "Unknown channel", "Channels are `email`, `sms`, `push` and `webhook`.");
    public static readonly DiagnosticDescriptor UnusedDeclaration = new("MA2018", Warning, "Declared but never used", "A template, segment, score or connection that nothing in the workspace uses.");
    public static readonly DiagnosticDescriptor LifecycleCount = new("MA2019", Error, "Lifecycle repeated", "A workspace declares its lifecycle at most once.");

    public static readonly DiagnosticDescriptor TypeMismatch = new("MA3001", Error, "Type mismatch", "A value of one type is used where another is required.");
    public static readonly DiagnosticDescriptor ConditionNotBoolean = new("MA3002", Error, "Condition is not true or false", "Conditions (`if`, `where`, segments, `leave when`) must be true or false.");
    public static readonly DiagnosticDescriptor WrongArgumentCount = new("MA3003", Error, "Wrong number of arguments", "A function is called with too many or too few arguments.");
    public static readonly DiagnosticDescriptor OperatorNotApplicable = new("MA3004", Error, "Operator does not apply", "An operator is used on values of types it does not work with.");
    public static readonly DiagnosticDescriptor TemplateChannelMismatch = new("MA3005", Error, "Template is for another channel", "A template written for one channel is sent on another.");
    public static readonly DiagnosticDescriptor NotAssignable = new("MA3006", Error, "Cannot be set", "Only contact fields can be set.");
    public static readonly DiagnosticDescriptor NoMembers = new("MA3007", Error, "Value has no fields", "A `.` is used after a value that has no fields.");
    public static readonly DiagnosticDescriptor NotAnEventOrCondition = new("MA3008", Error, "Neither an event nor a condition", "A goal or exit criterion must name an event or be a true/false condition.");

    public static readonly DiagnosticDescriptor MissingTrigger = new("MA4001", Error, "Journey has no trigger", "A journey needs a `when` clause saying who enters it, unless another journey starts it with `start journey`.");
    public static readonly DiagnosticDescriptor DuplicateClause = new("MA4002", Error, "Clause repeated", "A journey has at most one trigger, one entry rule, one goal and one holdout.");
    public static readonly DiagnosticDescriptor ClauseAfterStep = new("MA4003", Error, "Clause after a step", "Journey clauses (`when`, `entry`, `goal`, `leave when`, `holdout`) come before the first step.");
    public static readonly DiagnosticDescriptor SplitNotHundred = new("MA4004", Error, "Split does not add up to 100%", "The arms of a split must share out exactly 100% of contacts.");
    public static readonly DiagnosticDescriptor UnreachableStep = new("MA4005", Warning, "Unreachable step", "A step after `exit` can never run.");
    public static readonly DiagnosticDescriptor DuplicateSplitArm = new("MA4006", Error, "Split arm repeated", "Every arm of a split needs its own name.");
    public static readonly DiagnosticDescriptor DuplicateWaitBranch = new("MA4007", Error, "Wait branch repeated", "A `wait for` has at most one `received` and one `timeout` branch.");
    public static readonly DiagnosticDescriptor EmptyJourney = new("MA4008", Warning, "Journey has no steps", "A journey without steps does nothing for the contacts who enter it.");
    public static readonly DiagnosticDescriptor StartsItself = new("MA4009", Error, "Journey starts itself", "`start journey` naming its own journey would loop.");
    public static readonly DiagnosticDescriptor SplitTooFewArms = new("MA4010", Error, "Split needs two arms", "A split with fewer than two arms compares nothing.");
    public static readonly DiagnosticDescriptor BroadcastEntryRule = new("MA4011", Warning, "Entry rule has no effect", "A once-only broadcast enters each contact once whatever the entry rule says.");

    public static readonly DiagnosticDescriptor DurationOutOfRange = new("MA5001", Error, "Duration out of range", "Durations are positive and at most 10 years (3660d).");
    public static readonly DiagnosticDescriptor TimeOutOfRange = new("MA5002", Error, "Time of day out of range", "A time of day runs from 00:00 to 23:59.");
    public static readonly DiagnosticDescriptor InvalidDate = new("MA5003", Error, "Date does not exist", "A date literal must be a real calendar date.");
    public static readonly DiagnosticDescriptor PercentOutOfRange = new("MA5004", Error, "Percentage out of range", "This percentage must lie between its lower and upper bound.");
    public static readonly DiagnosticDescriptor InvalidTimeZone = new("MA5005", Error, "Unknown time zone", "Time zones are IANA names such as `Europe/Warsaw`.");
    public static readonly DiagnosticDescriptor InvalidEscape = new("MA5006", Error, "Invalid escape", "Text supports the escapes `\\\"`, `\\\\`, `\\n`, `\\r`, `\\t` and `\\uXXXX`.");
    public static readonly DiagnosticDescriptor NumberOutOfRange = new("MA5007", Error, "Number out of range", "The number is too large or must be a positive whole number here.");
    public static readonly DiagnosticDescriptor InvalidLiteral = new("MA5008", Error, "Invalid value", "The text is not a valid value of its type (an email address, a phone number, a weekday).");

    public static readonly DiagnosticDescriptor LiquidSyntax = new("MA6001", Error, "Template does not parse", "A template's Liquid text has a syntax error.");
    public static readonly DiagnosticDescriptor LiquidUnknownField = new("MA6002", Error, "Template reads an unknown field", "A template reads a contact field, event field or argument that does not exist.");
    public static readonly DiagnosticDescriptor TemplateFileNotFound = new("MA6003", Error, "Template file not found", "A `file` template part names a file that does not exist beside the workspace.");
    public static readonly DiagnosticDescriptor EmailWithoutSubject = new("MA6004", Error, "Email without subject or body", "An email template needs a `subject` and a `body`.");
    public static readonly DiagnosticDescriptor SmsTooLong = new("MA6005", Warning, "SMS longer than one message", "An SMS longer than 160 characters is split into several messages and costs more.");
    public static readonly DiagnosticDescriptor TemplateArgumentMissing = new("MA6006", Error, "Template argument missing", "A template reads an argument that this `send` does not pass in `with {...}`.");
    public static readonly DiagnosticDescriptor TemplatePartInvalid = new("MA6007", Error, "Template part does not fit", "The part is repeated or does not belong to this channel (sms and webhook templates have no subject or preheader).");
    public static readonly DiagnosticDescriptor TemplateEventNotInScope = new("MA6008", Error, "Template reads `event` where none is in scope", "A template that reads `event.x` is sent where no event is in scope, or the event lacks the field.");

    public static readonly DiagnosticDescriptor TestUnknownJourney = new("MA7001", Error, "Test for an unknown journey", "A test names a journey that does not exist.");
    public static readonly DiagnosticDescriptor TestTimeGoesBack = new("MA7002", Error, "Test time goes backwards", "The moments of a test's `at` lines must not decrease.");
    public static readonly DiagnosticDescriptor TestWithoutExpectation = new("MA7003", Warning, "Test expects nothing", "A test without `expect` lines cannot fail.");
    public static readonly DiagnosticDescriptor DuplicateTestName = new("MA7004", Error, "Test name repeated", "Two tests of the same journey share a name.");
    public static readonly DiagnosticDescriptor TestMissingContactField = new("MA7005", Error, "Test contact misses a required field", "A test's contact must give every field that is neither optional nor defaulted.");

    public static readonly DiagnosticDescriptor DuplicateStage = new("MA8001", Error, "Stage repeated", "A lifecycle lists each stage once.");
    public static readonly DiagnosticDescriptor EmptyQuietHours = new("MA8002", Error, "Quiet hours are empty", "Quiet hours need different start and end times.");
    public static readonly DiagnosticDescriptor ZeroCap = new("MA8003", Error, "Cap of zero", "A limit of zero would block the channel or rule entirely; remove the channel's templates instead.");
    public static readonly DiagnosticDescriptor DuplicatePolicyRule = new("MA8004", Error, "Policy rule repeated", "Quiet hours, and a channel's frequency cap over one period, are declared once.");
    public static readonly DiagnosticDescriptor ScoreWithoutRules = new("MA8005", Warning, "Score has no rules", "A score with no `on` rules always stays at zero.");

    public static readonly DiagnosticDescriptor InternalCompilerError = new("MA9001", Error, "Internal compiler error", "The compiler produced code that does not compile: a bug in the compiler, reported at the script line it came from.") { IsInternal = true };

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)(f.GetValue(null) ?? throw new InvalidOperationException(f.Name)))
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
