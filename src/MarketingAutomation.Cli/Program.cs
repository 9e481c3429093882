using MarketingAutomation.Cli;

try
{
    return CliApplication.Run(args);
}
catch (Exception exception)
{
    // Every expected failure has its own exit code by now; whatever reaches here is a bug in `ma`.
    Console.Error.WriteLine($"ma: internal error: {exception.GetType().Name}: {OneLine.Of(exception.Message)}");
    if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("MA_DEBUG")))
    {
        Console.Error.WriteLine(exception);
    }

    return ExitCodes.InternalError;
}
