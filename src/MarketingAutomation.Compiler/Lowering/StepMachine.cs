using System.Globalization;
using MarketingAutomation.Compiler.Writing;
using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Syntax;

namespace MarketingAutomation.Compiler.Lowering;

/// <summary>
/// A journey's steps as one `switch (step)`: every place an instance can resume (after a
/// wait, at the start of a branch) is an integer label; branches are `goto case` jumps, and a
/// wait returns the state with its bookmark. Steps after a jump or return in the same block
/// (after `exit`) cannot run and are not written.
/// </summary>
internal sealed partial class StepMachine(SchemaNames names, ExpressionLowerer expressions, SourceLines lines, JourneySymbol journey, EventScope triggerScope)
{
    private const string R = SchemaNames.Runtime;

    private readonly List<(int Label, EventSymbol Event, ExpressionSyntax Filter)> waitFilters = [];
    private CSharpWriter w = new();
    private int nextLabel = 1;
    private bool terminated;

    public void Write(CSharpWriter writer)
    {
        w = writer;
        w.Open($"protected override {R}JourneyState Run({R}JourneyState state, int step, {R}IJourneyContext context, {R}IJourneyEffects effects)");
        w.Line($"var contact = {R}Ops.As<{SchemaNames.ContactType}>(context.Profile);");
        if (triggerScope.Event is { } te)
        {
            w.Line($"var trigger = {R}Ops.Trigger<{names.EventType(te.Name)}>(state.Trigger);");
        }

        w.Open("switch (step)");
        w.Line("case 0:");
        w.Line("{");
        terminated = false;
        Block(journey.Syntax.Steps, triggerScope);
        Terminate("return Complete(state);");
        w.Line("}");
        w.Line("default:");
        w.Line($"    throw new global::System.InvalidOperationException({CSharpLiteral.String("No step with this label in journey " + journey.Name + ".")});");
        w.Close();
        w.Close();
        WaitMatches();
    }

    private int NewLabel() => nextLabel++;

    /// <summary>Ends the open section (with a jump to <paramref name="label"/> unless it already ended) and opens the next.</summary>
    private void Section(int label)
    {
        lines.Hidden(w);
        Terminate($"goto case {label};");
        w.Line("}");
        w.Line($"case {label}:");
        w.Line("{");
        terminated = false;
    }

    private void Terminate(string statement)
    {
        if (!terminated)
        {
            w.Line("    " + statement);
            terminated = true;
        }
    }

    private void Emit(string statement)
    {
        if (!terminated)
        {
            w.Line("    " + statement);
        }
    }

    private void Block(IEnumerable<StatementSyntax> statements, EventScope scope)
    {
        foreach (var statement in statements)
        {
            if (terminated)
            {
                return;
            }

            if (statement is not (WaitStatementSyntax or WaitUntilStatementSyntax or WaitForStatementSyntax or IfStatementSyntax) && journey.Source is { } source)
            {
                // Effects carry the step's line, so timelines say which line of the script did what.
                // Written before the `#line` directive, which must stand right above the step's own code.
                Emit($"effects.AtLine({source.GetLinePosition(statement.Span.Start).Line + 1});");
            }

            lines.At(w, journey.Source, statement.Span);
            Statement(statement, scope);
        }
    }

    private void WaitMatches()
    {
        if (waitFilters.Count == 0)
        {
            return;
        }

        w.Line();
        w.Open($"protected override bool WaitMatches(int receivedStep, {R}EventData @event, {R}JourneyState state, {R}IJourneyContext context)");
        w.Line($"var contact = {R}Ops.As<{SchemaNames.ContactType}>(context.Profile);");
        w.Open("switch (receivedStep)");
        foreach (var (label, @event, filter) in waitFilters)
        {
            w.Line($"case {label}:");
            w.Line("{");
            w.Line($"    var arrived = {R}Ops.As<{names.EventType(@event.Name)}>(@event);");
            lines.At(w, journey.Source, filter.Span);
            w.Line("    return " + expressions.Condition(filter, new EventScope(@event, "arrived")) + ";");
            lines.Default(w);
            w.Line("}");
        }

        w.Line("default:");
        w.Line("    return true;");
        w.Close();
        w.Close();
    }

    private static string Percent(decimal cumulative) => (cumulative / 100m).ToString(CultureInfo.InvariantCulture) + "d";
}
