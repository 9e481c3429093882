using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Input;

/// <summary>Everything read from the input files, ready for a simulator, and the lines that were left out.</summary>
public sealed record RunInput(IReadOnlyList<ContactInput> Contacts, IReadOnlyList<EventInput> Events, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>The earliest moment any input names, or null when none does.</summary>
    public DateTimeOffset? First =>
        Contacts.Select(c => c.Record.At).Concat(Events.Select(e => (DateTimeOffset?)e.Record.At)).Min();

    /// <summary>The latest moment any input names, or null when none does.</summary>
    public DateTimeOffset? Last =>
        Contacts.Select(c => c.Record.At).Concat(Events.Select(e => (DateTimeOffset?)e.Record.At)).Max();
}

/// <summary>A contact line and the profile the catalog made from it.</summary>
public sealed record ContactInput(ContactRecord Record, ContactProfile Profile);

/// <summary>An events line and the stimulus it becomes: an event, or a profile change.</summary>
public sealed record EventInput(EventRecord Record, Stimulus Stimulus);

/// <summary>An input file: where to read it, and how to name it in messages (as the user wrote it).</summary>
public sealed record InputFile(string Path, string DisplayPath);
