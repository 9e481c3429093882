namespace MarketingAutomation.LanguageServer.Documents;

/// <summary>
/// Turns LSP document URIs into the file paths the language library works with, and back.
/// A document that is not a file (an unsaved "untitled:" buffer) keeps its URI as its path.
/// </summary>
internal static class DocumentUri
{
    public static string ToPath(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return Path.GetFullPath(parsed.LocalPath);
        }

        return uri;
    }

    public static bool IsFilePath(string path) => Path.IsPathFullyQualified(path);

    public static string FromPath(string path) =>
        IsFilePath(path) ? new Uri(path).AbsoluteUri : path;
}
