using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace MarketingAutomation.LanguageServer.Hosting;

/// <summary>
/// Runs one request or notification so that nothing it throws can take the server down: the
/// failure is logged and the client gets a plain JSON-RPC error, then the next message is served.
/// </summary>
internal sealed class RequestGuard(ServerLog log)
{
    /// <summary>LSP's "request failed" code: the request was valid but could not be carried out.</summary>
    public const int RequestFailed = -32803;

    /// <summary>LSP's "request cancelled" code.</summary>
    public const int RequestCancelled = -32800;

    /// <summary>Runs the work on the thread pool, off the connection's ordered message loop.</summary>
    public async Task<T> RunAsync<T>(string method, Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(() => work(cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw Translate(method, e, cancellationToken);
        }
    }

    public async Task<T> RunAsync<T>(string method, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await Task.Run(() => work(cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            throw Translate(method, e, cancellationToken);
        }
    }

    /// <summary>For notifications, which have nobody to answer: log and carry on.</summary>
    public void Notify(string method, Action work)
    {
        try
        {
            work();
        }
        catch (Exception e)
        {
            log.Error($"{method} failed: {e}");
        }
    }

    private Exception Translate(string method, Exception e, CancellationToken cancellationToken)
    {
        switch (e)
        {
            case LocalRpcException:
                // Deliberate answers, such as "not a valid name" for rename.
                return e;
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return new LocalRpcException("The request was cancelled.") { ErrorCode = RequestCancelled };
            default:
                log.Error($"{method} failed: {e}");
                return new LocalRpcException($"{method} failed: {e.Message}") { ErrorCode = (int)JsonRpcErrorCode.InternalError };
        }
    }

    /// <summary>An error the user should read, such as why a rename cannot be done.</summary>
    public static LocalRpcException Failed(string message) => new(message) { ErrorCode = RequestFailed };
}
