using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Liquid;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

internal sealed partial class StepMachine
{
    /// <summary>
    /// A send, then a resumable point: when policy holds the message back (quiet hours, best
    /// time), the journey waits for it, so the steps after a send follow the send.
    /// </summary>
    private void HeldSend(string call)
    {
        var label = NewLabel();
        Emit($"if (!state.InHoldout && {call} is {{ }} heldUntil) return WaitUntil(state, heldUntil, {label});");
        Section(label);
    }

    private void Statement(StatementSyntax statement, EventScope scope)
    {
        switch (statement)
        {
            case SendStatementSyntax send:
                HeldSend($"effects.Send({Channel(send.Channel.Text)}, {CSharpLiteral.String(send.Template.Text)}, {SendArguments(send.Template.Text, send.Arguments, scope)}, {CSharpLiteral.Bool(send.AtBestTime)})");
                break;
            case SendPreferredStatementSyntax preferred:
                var options = preferred.Options.Select(o => $"new {R}SendOption({Channel(o.Channel.Text)}, {CSharpLiteral.String(o.Template.Text)}, {SendArguments(o.Template.Text, o.Arguments, scope)})");
                HeldSend($"effects.SendPreferred(new {R}SendOption[] {{ {string.Join(", ", options)} }}, {CSharpLiteral.Bool(preferred.AtBestTime)})");
                break;
            case WaitStatementSyntax wait:
                var label = NewLabel();
                var duration = expressions.Lower(wait.Duration, scope, JourneyType.Duration);
                Terminate($"return WaitUntil(state, context.Now + {(duration.Nullable ? "(" + duration.Code + " ?? global::System.TimeSpan.Zero)" : duration.Code)}, {label});");
                Section(label);
                break;
            case WaitUntilStatementSyntax until:
                WaitUntil(until, scope);
                break;
            case WaitForStatementSyntax waitFor:
                WaitFor(waitFor, scope);
                break;
            case IfStatementSyntax @if:
                If(@if, scope);
                break;
            case SplitStatementSyntax split:
                Split(split, scope);
                break;
            case SetStatementSyntax set:
                Set(set, scope);
                break;
            case TagStatementSyntax tag:
                Emit($"effects.{(tag.Remove ? "Untag" : "Tag")}({CSharpLiteral.String(tag.Tag.Value)});");
                break;
            case ScoreStatementSyntax score:
                var amount = expressions.Lower(score.Amount, scope, JourneyType.Number);
                Emit($"effects.ChangeScore({CSharpLiteral.String(score.Score.Text)}, {(score.Subtract ? "-" : string.Empty)}({amount.Code}{(amount.Nullable ? " ?? 0m" : string.Empty)}));");
                break;
            case StageStatementSyntax stage:
                Emit($"effects.ChangeStage({CSharpLiteral.String(stage.Stage.Text)});");
                break;
            case PostStatementSyntax post:
                Emit($"effects.Post({CSharpLiteral.String(post.Connection.Text)}, {Arguments(post.Payload, scope)});");
                break;
            case NotifyStatementSyntax notify:
                Emit($"effects.NotifySales({CSharpLiteral.String(notify.Message.Value)}, {ArgumentArray(EventFields(NoticeEventFields(notify.Message.Value), scope))});");
                break;
            case EmitStatementSyntax emit:
                EmitEvent(emit, scope);
                break;
            case StartJourneyStatementSyntax start:
                Emit($"effects.StartJourney({CSharpLiteral.String(start.Journey.Text)});");
                break;
            case ExitStatementSyntax:
                Terminate("return Exit(state, effects);");
                break;
            default:
                throw new LoweringException("a step the compiler cannot translate") { Script = journey.Source, Span = statement.Span };
        }
    }

    private static string Channel(string channel) => R + "Channel." + BuiltIns.Channels[channel];

    private string Arguments(ObjectLiteralSyntax? arguments, EventScope scope) => ArgumentArray(Written(arguments, scope));

    /// <summary>
    /// A send's arguments: its `with { }`, then each field its template reads from `event`, as
    /// `event.field`. The message is rendered later, by a host that no longer has the event in
    /// scope (a held message may go out days after the step ran), so the values travel with it.
    /// </summary>
    private string SendArguments(string template, ObjectLiteralSyntax? arguments, EventScope scope)
    {
        var read = names.Symbols.Templates.FirstOrDefault(t => t.Name == template)?.EventFields.Select(f => f.Field) ?? [];
        return ArgumentArray([.. Written(arguments, scope), .. EventFields(read, scope)]);
    }

    /// <summary>`event.field` arguments for the fields of the event in scope that <paramref name="read"/> names, in name order.</summary>
    private IEnumerable<string> EventFields(IEnumerable<string> read, EventScope scope)
    {
        if (scope is not { Event: { } @event, Code: { } code })
        {
            return [];
        }

        return read.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Where(field => @event.FindField(field) is not null)
            .Select(field => $"new({CSharpLiteral.String("event." + field)}, {code}.{names.Property(@event.Name, field)})")
            .ToList();
    }

    /// <summary>The event fields a sales notice's text reads: rendered at hand-over, like a template, it needs their values.</summary>
    private static IEnumerable<string> NoticeEventFields(string text) =>
        LiquidParser.Parse(text).References.Where(r => r.Path.Count > 1 && r.Path[0] == "event").Select(r => r.Path[1]);

    private IEnumerable<string> Written(ObjectLiteralSyntax? arguments, EventScope scope) =>
        (arguments?.Properties ?? []).Select(p => $"new({CSharpLiteral.String(p.Name.Text)}, {expressions.Lower(p.Value, scope).Code})");

    private static string ArgumentArray(IEnumerable<string> items) =>
        items.Any() ? $"new {R}Argument[] {{ {string.Join(", ", items)} }}" : $"global::System.Array.Empty<{R}Argument>()";

    private void Set(SetStatementSyntax set, EventScope scope)
    {
        if (set.Target is not MemberExpressionSyntax { Member.Text: var field } || names.Symbols.Contact?.FindField(field) is not { } symbol)
        {
            throw new LoweringException("a `set` of something other than a contact field") { Script = journey.Source, Span = set.Span };
        }

        // The run changes its own copy at once (the profile object is shared with the host), so later steps of this run read the new value; the host applies the effect to the stored profile.
        var value = expressions.Lower(set.Value, scope, symbol.Type);
        var property = names.Property("contact", field);
        Emit($"contact = contact.{SchemaNames.CopyMethod}();");
        Emit($"contact.{property} = {value.Code};");
        Emit($"effects.SetAttribute({CSharpLiteral.String(field)}, contact.{property});");
    }

    private void EmitEvent(EmitStatementSyntax emit, EventScope scope)
    {
        var eventName = emit.Event.FullName;
        var @event = names.Symbols.Events.First(e => e.Name == eventName);
        var fields = (emit.Payload?.Properties ?? []).Select(p =>
            $"{names.Property(eventName, p.Name.Text)} = {expressions.Lower(p.Value, scope, @event.FindField(p.Name.Text)?.Type).Code}");
        var recipient = expressions.Lower(emit.Recipient, scope, JourneyType.Text);
        Emit($"effects.Emit(new {names.EventType(eventName)} {{ OccurredAt = context.Now{string.Concat(fields.Select(f => ", " + f))} }}, {recipient.Code}{(recipient.Nullable ? " ?? \"\"" : string.Empty)});");
    }

    private void WaitUntil(WaitUntilStatementSyntax until, EventScope scope)
    {
        var moment = expressions.Lower(until.Moment, scope);
        var utc = CSharpLiteral.Bool(until.Zone == TimeZoneKind.Utc);
        var due = moment.Type.Kind switch
        {
            TypeKind.Time => $"context.NextTimeOfDay({moment.Code}, {utc}, {CSharpLiteral.Bool(until.WeekdaysOnly)})",
            TypeKind.Date when moment.Nullable => $"({moment.Code} is {{ }} day ? context.StartOfDay(day, {utc}) : context.Now)",
            TypeKind.Date => $"context.StartOfDay({moment.Code}, {utc})",
            _ when moment.Nullable => $"({moment.Code} ?? context.Now)",
            _ => moment.Code,
        };
        var label = NewLabel();
        Terminate($"return WaitUntil(state, {due}, {label});");
        Section(label);
    }

    private void WaitFor(WaitForStatementSyntax waitFor, EventScope scope)
    {
        var @event = names.Symbols.Events.First(e => e.Name == waitFor.Event.FullName);
        var (received, timeout, end) = (NewLabel(), NewLabel(), NewLabel());
        if (waitFor.Filter is { } filter)
        {
            waitFilters.Add((received, @event, filter));
        }

        var up = expressions.Lower(waitFor.Timeout, scope, JourneyType.Duration);
        Terminate($"return WaitForEvent(state, {CSharpLiteral.String(@event.Name)}, context.Now + {up.Code}, {received}, {timeout});");
        Section(received);
        Block(waitFor.Received?.Statements ?? [], new EventScope(@event, $"{R}Ops.As<{names.EventType(@event.Name)}>(state.Received)"));
        Terminate($"goto case {end};");
        Section(timeout);
        Block(waitFor.TimedOut?.Statements ?? [], scope);
        Section(end);
    }

    private void If(IfStatementSyntax @if, EventScope scope)
    {
        var labels = @if.Branches.Select(_ => NewLabel()).ToList();
        var (otherwise, end) = (NewLabel(), NewLabel());
        for (var i = 0; i < @if.Branches.Count; i++)
        {
            lines.At(w, journey.Source, @if.Branches[i].Condition.Span);
            Emit($"if ({expressions.Condition(@if.Branches[i].Condition, scope)}) goto case {labels[i]};");
        }

        Terminate($"goto case {otherwise};");
        for (var i = 0; i < @if.Branches.Count; i++)
        {
            Section(labels[i]);
            Block(@if.Branches[i].Body.Statements, scope);
            Terminate($"goto case {end};");
        }

        Section(otherwise);
        Block(@if.Else?.Statements ?? [], scope);
        Section(end);
    }

    /// <summary>A split draws once per contact and split (stable), then jumps to the arm whose share holds the draw.</summary>
    private void Split(SplitStatementSyntax split, EventScope scope)
    {
        var labels = split.Arms.Select(_ => NewLabel()).ToList();
        var end = NewLabel();
        var name = CSharpLiteral.String(split.Name.Value);
        Emit($"var draw{labels[0]} = context.Draw({CSharpLiteral.String(journey.Name)}, {name});");
        var cumulative = 0m;
        for (var i = 0; i < split.Arms.Count; i++)
        {
            var assign = $"effects.SplitAssigned({name}, {CSharpLiteral.String(split.Arms[i].Name.Text)}); goto case {labels[i]};";
            cumulative += split.Arms[i].Percent.Value;
            if (i < split.Arms.Count - 1)
            {
                Emit($"if (draw{labels[0]} < {Percent(cumulative)}) {{ {assign} }}");
            }
            else
            {
                Emit(assign);
                terminated = true;
            }
        }

        for (var i = 0; i < split.Arms.Count; i++)
        {
            Section(labels[i]);
            Block(split.Arms[i].Body.Statements, scope);
            Terminate($"goto case {end};");
        }

        Section(end);
    }
}
