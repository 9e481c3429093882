namespace MarketingAutomation.Runtime;

/// <summary>
/// Where a compiled journey puts what it wants done. A journey never does I/O; the host carries
/// out these effects (and applies policy: quiet hours, caps, consent) after the step run.
/// </summary>
public interface IJourneyEffects
{
    /// <summary>The script line of the step about to run (in <see cref="JourneyInfo.SourceFile"/>): effects that follow carry it.</summary>
    void AtLine(int line);

    /// <summary>A message; returns when policy holds it back to (quiet hours, `at best time`), or null when it went now or was skipped.</summary>
    DateTimeOffset? Send(Channel channel, string template, IReadOnlyList<Argument> arguments, bool atBestTime);

    /// <summary>`send preferred`: the host picks one option by reachability and engagement. Returns as <see cref="Send"/> does.</summary>
    DateTimeOffset? SendPreferred(IReadOnlyList<SendOption> options, bool atBestTime);

    void SetAttribute(string field, object? value);

    void Tag(string tag);

    void Untag(string tag);

    void ChangeScore(string score, decimal delta);

    void ChangeStage(string stage);

    void Post(string connection, IReadOnlyList<Argument> payload);

    /// <summary>
    /// A task for sales; the text is a Liquid template the host renders when it hands the notice
    /// over, with the contact then and <paramref name="eventFields"/> (<c>event.x</c>, each field
    /// of the event in scope that the text reads) as they were now.
    /// </summary>
    void NotifySales(string text, IReadOnlyList<Argument> eventFields);

    /// <summary>An event for another contact, named by id or email address.</summary>
    void Emit(EventData @event, string recipient);

    void StartJourney(string journey);

    void SplitAssigned(string split, string arm);

    void GoalReached();

    void Exit();
}

/// <summary>One option of `send preferred`.</summary>
public sealed record SendOption(Channel Channel, string Template, IReadOnlyList<Argument> Arguments);
