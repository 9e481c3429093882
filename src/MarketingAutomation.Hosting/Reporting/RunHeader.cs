namespace MarketingAutomation.Hosting.Reporting;

/// <summary>What a run read and which stretch of time it covers: the report's header.</summary>
/// <param name="SampleInputs">The files are the workspace's `sample/` files, used because none were named.</param>
/// <param name="Events">Lines of the events file used, profile changes included.</param>
/// <param name="After">How long the run goes on after the last input (`--for`).</param>
public sealed record RunHeader(
    string Workspace,
    string? ContactsFile,
    string? EventsFile,
    bool SampleInputs,
    int Contacts,
    int Events,
    int ProfileChanges,
    int LinesSkipped,
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan After,
    bool Realtime);
