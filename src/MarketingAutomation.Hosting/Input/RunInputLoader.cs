using MarketingAutomation.Runtime;

namespace MarketingAutomation.Hosting.Input;

/// <summary>
/// Reads a contacts file and an events file for a compiled workspace. Lines are checked against
/// the workspace's declarations and then built by the catalog itself, so what the runtime would
/// refuse is refused here, with the line it came from. Opening a file can throw
/// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>; bad lines never do.
/// </summary>
public static class RunInputLoader
{
    /// <param name="stopAtFirstProblem">Stop reading at the first bad line (for `--strict`, which runs nothing then).</param>
    public static RunInput Load(JourneyCatalog catalog, InputFile? contacts, InputFile? events, bool stopAtFirstProblem)
    {
        var schema = InputSchema.Of(catalog);
        var problems = new List<InputProblem>();
        var contactInputs = new List<ContactInput>();
        var eventInputs = new List<EventInput>();
        if (contacts is not null)
        {
            using var stream = File.OpenRead(contacts.Path);
            Collect(new ContactsFileReader(schema).Read(contacts.DisplayPath, stream), contacts, r => Build(catalog, r), contactInputs, problems, stopAtFirstProblem);
        }

        if (events is not null && !(stopAtFirstProblem && problems.Count > 0))
        {
            using var stream = File.OpenRead(events.Path);
            Collect(new EventsFileReader(schema).Read(events.DisplayPath, stream), events, r => Build(catalog, r), eventInputs, problems, stopAtFirstProblem);
        }

        return new RunInput(contactInputs, eventInputs, problems);
    }

    private static void Collect<TRecord, TInput>(
        IEnumerable<LineResult<TRecord>> lines,
        InputFile file,
        Func<TRecord, (TInput? Input, string? Problem)> build,
        List<TInput> inputs,
        List<InputProblem> problems,
        bool stopAtFirstProblem)
        where TRecord : class, IInputRecord
        where TInput : class
    {
        foreach (var line in lines)
        {
            var problem = line.Problem;
            if (line.Record is { } record)
            {
                var (input, error) = build(record);
                if (input is not null)
                {
                    inputs.Add(input);
                }
                else
                {
                    problem = new InputProblem(file.DisplayPath, record.Line, error ?? "the line could not be used");
                }
            }

            if (problem is not null)
            {
                problems.Add(problem);
                if (stopAtFirstProblem)
                {
                    return;
                }
            }
        }
    }

    // The readers check every declared field first; the catalog's own checks are the last word,
    // and a message from them still points at the line.
    private static (ContactInput?, string?) Build(JourneyCatalog catalog, ContactRecord record)
    {
        try
        {
            return (new ContactInput(record, catalog.NewContact(record.Id, record.Fields)), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }

    private static (EventInput?, string?) Build(JourneyCatalog catalog, EventRecord record)
    {
        if (record.EventName is not { } name)
        {
            return (new EventInput(record, Stimulus.Changed(record.Values)), null);
        }

        try
        {
            return (new EventInput(record, Stimulus.Arrived(catalog.NewEvent(name, record.At, record.Values))), null);
        }
        catch (ArgumentException e)
        {
            return (null, e.Message);
        }
    }
}
