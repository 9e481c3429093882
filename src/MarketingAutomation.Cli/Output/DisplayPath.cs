namespace MarketingAutomation.Cli.Output;

/// <summary>Paths as people read them: the way they were named, without a leading "./".</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        while (path.Length > 2 && path[0] == '.' && (path[1] == '/' || path[1] == Path.DirectorySeparatorChar))
        {
            path = path[2..];
        }

        return path;
    }
}
