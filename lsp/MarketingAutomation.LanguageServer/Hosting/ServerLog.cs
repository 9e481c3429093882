using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>
/// Where the server reports its own troubles: the client's output channel (window/logMessage)
/// when connected, and always the error stream, which editors keep as the server's log.
/// </summary>
internal sealed class ServerLog(TextWriter errorOutput)
{
    private readonly Lock writing = new();
    private JsonRpc? rpc;

    public void Attach(JsonRpc connection) => rpc = connection;

    public void Info(string message) => Write(MessageType.Info, message);

    public void Error(string message) => Write(MessageType.Error, message);

    private void Write(MessageType type, string message)
    {
        lock (writing)
        {
            errorOutput.WriteLine($"[{type}] {message}");
            errorOutput.Flush();
        }

        var connection = rpc;
        if (connection is null || connection.IsDisposed)
        {
            return;
        }

        // Fire and forget: a log line must never hold up the request that wrote it, and a
        // connection that is going away is no reason to fail.
        _ = connection.NotifyWithParameterObjectAsync("window/logMessage", new LogMessageParams(type, message))
            .ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
    }
}
