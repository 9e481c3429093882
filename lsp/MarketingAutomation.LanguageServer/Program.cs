using MarketingAutomation.LanguageServer.Hosting;

// journey-language-server: the journey language's LSP server on standard input and output.
// Editors start it as `dotnet journey-language-server.dll`; it logs to standard error.
if (args.Contains("--version"))
{
    Console.WriteLine(typeof(JourneyLanguageServer).Assembly.GetName().Version);
    return 0;
}

ServerTrace.Write("main");

// Reading standard input blocks a thread-pool thread for good, and the pool starts with one
// thread per core: on two cores a single build left requests waiting for the pool to grow,
// which it does only every half second or so. A few more threads from the start avoid that.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, Environment.ProcessorCount + 4), completionPorts);

await using var server = JourneyLanguageServer.Start(Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
await server.Completion;
return server.ExitCode;
