namespace MarketingAutomation.Cli;

/// <summary>
/// A problem with what the user asked for or with their files (not with their journeys): shown
/// as one line, `ma: message`, with exit code 2. Thrown deep down, caught once per command.
/// </summary>
internal sealed class UsageException(string message, Exception? innerException = null)
    : Exception(message, innerException);
