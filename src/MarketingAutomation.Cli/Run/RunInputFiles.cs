using MarketingAutomation.Cli.Output;
using MarketingAutomation.Hosting.Input;

namespace MarketingAutomation.Cli.Run;

/// <summary>
/// Which files a run reads: the ones named with `--contacts` and `--events`, or, when neither is
/// named, the workspace's `sample/contacts.jsonl` and `sample/events.jsonl` where they exist.
/// </summary>
internal sealed record RunInputFiles(InputFile? Contacts, InputFile? Events, bool Sample)
{
    public const string SampleFolder = "sample";
    public const string SampleContacts = "contacts.jsonl";
    public const string SampleEvents = "events.jsonl";

    public static RunInputFiles Resolve(string workspace, string? contacts, string? events)
    {
        if (contacts is null && events is null)
        {
            var folder = Path.Combine(workspace, SampleFolder);
            return new RunInputFiles(IfExists(Path.Combine(folder, SampleContacts)), IfExists(Path.Combine(folder, SampleEvents)), Sample: true);
        }

        return new RunInputFiles(Required(contacts, "--contacts"), Required(events, "--events"), Sample: false);
    }

    private static InputFile? IfExists(string path) => File.Exists(path) ? new InputFile(path, DisplayPath.Of(path)) : null;

    private static InputFile? Required(string? path, string option)
    {
        if (path is null)
        {
            return null;
        }

        if (Directory.Exists(path))
        {
            throw new UsageException($"{option} expects a file, but {path} is a folder");
        }

        return File.Exists(path) ? new InputFile(path, DisplayPath.Of(path)) : throw new UsageException($"no such file for {option}: {path}");
    }
}
