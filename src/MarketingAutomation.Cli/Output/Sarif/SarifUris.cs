namespace MarketingAutomation.Cli.Output.Sarif;

/// <summary>
/// URIs for SARIF: each path segment percent-encoded, so spaces, '#', '%' and non-ASCII names
/// stay valid URI references (the validator rejects raw ones, and GitHub would misplace them).
/// </summary>
internal static class SarifUris
{
    /// <summary>A relative URI reference for a '/'-separated relative path.</summary>
    public static string FromRelativePath(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>
    /// An absolute file URI for a full path; <paramref name="asFolder"/> adds the trailing '/'
    /// that SARIF requires of a base URI such as %SRCROOT%.
    /// </summary>
    public static string FromFullPath(string fullPath, bool asFolder = false)
    {
        var segments = fullPath.Replace('\\', '/').Split('/');
        // A Windows drive ("C:") stays as it is; everything else is escaped. Built by hand
        // rather than with System.Uri, which would take a '#' in a folder name for a fragment.
        var escaped = segments.Select((segment, index) =>
            index == 0 && segment.Length == 2 && segment[1] == ':' ? segment : Uri.EscapeDataString(segment));
        var path = string.Join('/', escaped);
        if (!path.StartsWith('/'))
        {
            path = "/" + path;
        }

        if (asFolder && !path.EndsWith('/'))
        {
            path += "/";
        }

        return "file://" + path;
    }
}
