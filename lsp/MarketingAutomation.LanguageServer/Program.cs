using MarketingAutomation.LanguageServer.Hosting;

// journey-language-server: the journey language's LSP server on standard input and output.
// Editors start it as `dotnet journey-language-server.dll`; it logs to standard error.
if (args.Contains("--version"))
{
    Console.WriteLine(typeof(JourneyLanguageServer).Assembly.GetName().Version);
    return 0;
}

await using var server = JourneyLanguageServer.Start(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
await server.Completion;
return server.ExitCode;
