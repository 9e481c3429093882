using MarketingAutomation.Language.Text;
using static MarketingAutomation.Language.Diagnostics.DiagnosticDescriptors;

namespace MarketingAutomation.Language.Diagnostics;

public sealed partial class DiagnosticBag
{
    private void Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, string message, CodeFix? fix = null) =>
        Add(Create(descriptor, source, span, message, fix));

    private static CodeFix? Rename(TextSpan span, string? suggestion) =>
        suggestion is null ? null : new CodeFix($"Change to `{suggestion}`", [new TextEdit(span, suggestion)]);

    private static string WithArticle(string word) => ("aeiou".Contains(word[0]) || word.StartsWith("sms", StringComparison.Ordinal) ? "an " : "a ") + word;

    private static string DidYouMean(string? suggestion) => suggestion is null ? string.Empty : $" Did you mean `{suggestion}`?";

    // ---- Names (MA2xxx) ----

    internal void ReportUnknownName(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownName, s, span, $"`{name}` is not defined here.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnknownField(SourceText s, TextSpan span, string owner, string field, string? suggestion) =>
        Report(UnknownField, s, span, $"{owner} has no field `{field}`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportDuplicateDeclaration(SourceText s, TextSpan span, string kind, string name, string firstLocation) =>
        Report(DuplicateDeclaration, s, span, $"The {kind} `{name}` is already declared at {firstLocation}.");

    internal void ReportUnknownEvent(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownEvent, s, span, $"There is no event `{name}`.{DidYouMean(suggestion)}{(suggestion is null ? " Declare it with `event " + name + " { ... }`." : string.Empty)}", Rename(span, suggestion));

    internal void ReportUnknownTemplate(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownTemplate, s, span, $"There is no template `{name}`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnknownSegment(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownSegment, s, span, $"There is no segment `{name}`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnknownScore(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownScore, s, span, $"There is no score `{name}`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnknownStage(SourceText s, TextSpan span, string name, string? suggestion, bool lifecycleDeclared) =>
        Report(UnknownStage, s, span,
            lifecycleDeclared
                ? $"The lifecycle has no stage `{name}`.{DidYouMean(suggestion)}"
                : $"There is no stage `{name}`: the workspace declares no `lifecycle {{ ... }}`.",
            Rename(span, suggestion));

    internal void ReportUnknownConnection(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownConnection, s, span, $"There is no connection `{name}`.{DidYouMean(suggestion)}{(suggestion is null ? " Declare it with `connection " + name + "`." : string.Empty)}", Rename(span, suggestion));

    internal void ReportUnknownJourney(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownJourney, s, span, $"There is no journey `{name}`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportMissingContact(SourceText s, TextSpan span) =>
        Report(ContactDeclarationCount, s, span, "The workspace has no `contact { ... }` declaration; declare the contact profile once.");

    internal void ReportRepeatedContact(SourceText s, TextSpan span, string firstLocation) =>
        Report(ContactDeclarationCount, s, span, $"The contact profile is already declared at {firstLocation}; a workspace declares it once.");

    internal void ReportDuplicateField(SourceText s, TextSpan span, string name) =>
        Report(DuplicateField, s, span, $"`{name}` is given twice.");

    internal void ReportUnknownType(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownType, s, span, $"`{name}` is not a type.{DidYouMean(suggestion)} Types are text, number, money, bool, date, datetime, time, duration, email, phone, timezone, enum(...) and list(...).", Rename(span, suggestion));

    internal void ReportEventNotInScope(SourceText s, TextSpan span) =>
        Report(EventNotInScope, s, span, "`event` is not available here: no event triggered this journey or is being waited for at this point.");

    internal void ReportUnknownEnumValue(SourceText s, TextSpan span, string value, string type, string? suggestion) =>
        Report(UnknownEnumValue, s, span, $"`{value}` is not a value of {type}.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnknownFunction(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownFunction, s, span, $"There is no function `{name}`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnknownChannel(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(UnknownChannel, s, span, $"`{name}` is not a channel; use `email`, `sms`, `push` or `webhook`.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportUnused(SourceText s, TextSpan span, string kind, string name) =>
        Report(UnusedDeclaration, s, span, $"The {kind} `{name}` is never used.");

    internal void ReportRepeatedLifecycle(SourceText s, TextSpan span, string firstLocation) =>
        Report(LifecycleCount, s, span, $"The lifecycle is already declared at {firstLocation}; list all stages in one declaration.");

    // ---- Types (MA3xxx) ----

    internal void ReportTypeMismatch(SourceText s, TextSpan span, string expected, string actual, string? where = null) =>
        Report(TypeMismatch, s, span, $"Expected {expected}{(where is null ? string.Empty : " " + where)}, but this is {actual}.");

    internal void ReportConditionNotBoolean(SourceText s, TextSpan span, string actual) =>
        Report(ConditionNotBoolean, s, span, $"A condition must be true or false, but this is {actual}.");

    internal void ReportWrongArgumentCount(SourceText s, TextSpan span, string usage, int given) =>
        Report(WrongArgumentCount, s, span, $"`{usage}` takes {usage.Count(c => c == ',') + 1} argument, but {given} {(given == 1 ? "is" : "are")} given.");

    internal void ReportOperatorNotApplicable(SourceText s, TextSpan span, string op, string left, string right) =>
        Report(OperatorNotApplicable, s, span, $"`{op}` does not work on {left} and {right}.");

    internal void ReportTemplateChannelMismatch(SourceText s, TextSpan span, string template, string templateChannel, string sendChannel) =>
        Report(TemplateChannelMismatch, s, span, $"`{template}` is {WithArticle(templateChannel)} template, so it cannot be sent by {sendChannel}.",
            new CodeFix($"Send by {templateChannel}", []));

    internal void ReportNotAssignable(SourceText s, TextSpan span) =>
        Report(NotAssignable, s, span, "Only a contact field such as `contact.plan` can be set.");

    internal void ReportNoMembers(SourceText s, TextSpan span, string type) =>
        Report(NoMembers, s, span, $"A value of type {type} has no fields.");

    internal void ReportNotAnEventOrCondition(SourceText s, TextSpan span, string actual) =>
        Report(NotAnEventOrCondition, s, span, $"Name an event or write a true/false condition here; this is {actual}.");

    // ---- Journey structure (MA4xxx) ----

    internal void ReportMissingTrigger(SourceText s, TextSpan span, string journey) =>
        Report(MissingTrigger, s, span, $"The journey `{journey}` has no trigger and no journey starts it: add `when <event>` (or another trigger) at its top.");

    internal void ReportDuplicateClause(SourceText s, TextSpan span, string clause) =>
        Report(DuplicateClause, s, span, $"A journey has one {clause}; remove this one or merge them.");

    internal void ReportClauseAfterStep(SourceText s, TextSpan span, string clause) =>
        Report(ClauseAfterStep, s, span, $"`{clause}` must come before the journey's first step; move it up.");

    internal void ReportSplitNotHundred(SourceText s, TextSpan span, decimal total) =>
        Report(SplitNotHundred, s, span, $"The split's arms add up to {total}%, not 100%.");

    internal void ReportUnreachable(SourceText s, TextSpan span) =>
        Report(UnreachableStep, s, span, "This step never runs: the contact has already left by `exit`.", new CodeFix("Remove the unreachable steps", [new TextEdit(span, string.Empty)]));

    internal void ReportDuplicateSplitArm(SourceText s, TextSpan span, string name) =>
        Report(DuplicateSplitArm, s, span, $"The split already has an arm `{name}`.");

    internal void ReportDuplicateWaitBranch(SourceText s, TextSpan span, string branch) =>
        Report(DuplicateWaitBranch, s, span, $"This `wait for` already has a `{branch}` branch.");

    internal void ReportEmptyJourney(SourceText s, TextSpan span, string journey) =>
        Report(EmptyJourney, s, span, $"The journey `{journey}` has no steps.");

    internal void ReportStartsItself(SourceText s, TextSpan span, string journey) =>
        Report(StartsItself, s, span, $"`{journey}` cannot start itself.");

    internal void ReportSplitTooFewArms(SourceText s, TextSpan span) =>
        Report(SplitTooFewArms, s, span, "A split needs at least two arms.");

    internal void ReportBroadcastEntryRule(SourceText s, TextSpan span) =>
        Report(BroadcastEntryRule, s, span, "A one-off schedule enters each contact once; this entry rule changes nothing.");

    // ---- Values (MA5xxx) ----

    internal void ReportDurationOutOfRange(SourceText s, TextSpan span, string text, bool allowZero) =>
        Report(DurationOutOfRange, s, span, $"`{text}` is out of range: durations here must be {(allowZero ? "zero or more" : "more than zero")} and at most 3660d (10 years).");

    internal void ReportTimeOutOfRange(SourceText s, TextSpan span, string text) =>
        Report(TimeOutOfRange, s, span, $"`{text}` is not a time of day: hours run 00-23 and minutes 00-59.");

    internal void ReportInvalidDate(SourceText s, TextSpan span, string text) =>
        Report(InvalidDate, s, span, $"`{text}` is not a date in the calendar.");

    internal void ReportPercentOutOfRange(SourceText s, TextSpan span, string text, string range) =>
        Report(PercentOutOfRange, s, span, $"`{text}` is out of range: it must be {range}.");

    internal void ReportInvalidTimeZone(SourceText s, TextSpan span, string text) =>
        Report(InvalidTimeZone, s, span, $"`{text}` is not a known time zone; use an IANA name such as \"Europe/Warsaw\".");

    internal void ReportInvalidEscape(SourceText s, TextSpan span, string escape) =>
        Report(InvalidEscape, s, span, $"`{escape}` is not an escape; use `\\\"`, `\\\\`, `\\n`, `\\r`, `\\t` or `\\uXXXX`.");

    internal void ReportNumberOutOfRange(SourceText s, TextSpan span, string text, string requirement) =>
        Report(NumberOutOfRange, s, span, $"`{text}` is out of range: {requirement}.");

    internal void ReportInvalidLiteral(SourceText s, TextSpan span, string text, string kind) =>
        Report(InvalidLiteral, s, span, $"{text} is not {kind}.");

    // ---- Templates (MA6xxx) ----

    internal void ReportLiquidSyntax(SourceText s, TextSpan span, string message) =>
        Report(LiquidSyntax, s, span, $"Template error: {message}");

    internal void ReportLiquidUnknownField(SourceText s, TextSpan span, string owner, string field, string? suggestion) =>
        Report(LiquidUnknownField, s, span, $"The template reads `{field}`, but {owner} has no such field.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportTemplateFileNotFound(SourceText s, TextSpan span, string path, bool outsideWorkspace) =>
        Report(TemplateFileNotFound, s, span, outsideWorkspace
            ? $"The template file `{path}` is not inside the workspace folder; template files must be."
            : $"The template file `{path}` does not exist, cannot be read, or is larger than 1 MB (paths are relative to the workspace folder).");

    internal void ReportEmailPartMissing(SourceText s, TextSpan span, string template, string part) =>
        Report(EmailWithoutSubject, s, span, $"The email template `{template}` has no {part}.");

    internal void ReportSmsTooLong(SourceText s, TextSpan span, int length) =>
        Report(SmsTooLong, s, span, $"This SMS text is {length} characters long; more than 160 are sent as several messages.");

    internal void ReportTemplateArgumentMissing(SourceText s, TextSpan span, string template, string argument) =>
        Report(TemplateArgumentMissing, s, span, $"`{template}` reads `{argument}`: pass it with `with {{ {argument}: ... }}`.");

    internal void ReportTemplatePartInvalid(SourceText s, TextSpan span, string message) =>
        Report(TemplatePartInvalid, s, span, message);

    internal void ReportTemplateEventNotInScope(SourceText s, TextSpan span, string template, string field, string? eventName) =>
        Report(TemplateEventNotInScope, s, span,
            eventName is null
                ? $"`{template}` reads `event.{field}`, but no event is in scope at this send."
                : $"`{template}` reads `event.{field}`, but the event `{eventName}` in scope here has no such field.");

    // ---- Tests (MA7xxx) ----

    internal void ReportTestUnknownJourney(SourceText s, TextSpan span, string name, string? suggestion) =>
        Report(TestUnknownJourney, s, span, $"The test is for `{name}`, but there is no such journey.{DidYouMean(suggestion)}", Rename(span, suggestion));

    internal void ReportTestTimeGoesBack(SourceText s, TextSpan span, string text, string previous) =>
        Report(TestTimeGoesBack, s, span, $"`at {text}` comes before the previous `at {previous}`; list the test's moments in order.");

    internal void ReportTestWithoutExpectation(SourceText s, TextSpan span, string name) =>
        Report(TestWithoutExpectation, s, span, $"The test \"{name}\" has no `expect` line, so it can never fail.");

    internal void ReportDuplicateTestName(SourceText s, TextSpan span, string name, string journey) =>
        Report(DuplicateTestName, s, span, $"`{journey}` already has a test named \"{name}\".");

    internal void ReportTestMissingContactField(SourceText s, TextSpan span, string field) =>
        Report(TestMissingContactField, s, span, $"The test's contact must give `{field}` (it is neither optional nor defaulted).");

    // ---- Audience and policy (MA8xxx) ----

    internal void ReportDuplicateStage(SourceText s, TextSpan span, string name) =>
        Report(DuplicateStage, s, span, $"The stage `{name}` is already listed.");

    internal void ReportEmptyQuietHours(SourceText s, TextSpan span) =>
        Report(EmptyQuietHours, s, span, "Quiet hours start and end at the same time, which is no window at all.");

    internal void ReportZeroCap(SourceText s, TextSpan span) =>
        Report(ZeroCap, s, span, "A limit of 0 blocks everything; use at least 1.");

    internal void ReportDuplicatePolicyRule(SourceText s, TextSpan span, string rule) =>
        Report(DuplicatePolicyRule, s, span, $"The policy already has {rule}.");

    internal void ReportScoreWithoutRules(SourceText s, TextSpan span, string name) =>
        Report(ScoreWithoutRules, s, span, $"The score `{name}` has no `on` rules, so it always stays at 0.");
}
