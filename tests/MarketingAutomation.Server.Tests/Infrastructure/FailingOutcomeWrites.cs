using System.Reflection;
using System.Runtime.ExceptionServices;
using MarketingAutomation.Server.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketingAutomation.Server.Tests.Infrastructure;

/// <summary>
/// The server's store, except that its first few writes of hand-over outcomes fail as a full or
/// failing disk would make them: everything else goes to the real store.
/// </summary>
public class FailingOutcomeWrites : DispatchProxy
{
    private IJourneyStore inner = null!;
    private int failuresLeft;

    /// <summary>Replaces the server's store with one whose first <paramref name="failures"/> outcome writes fail.</summary>
    public static void Install(IServiceCollection services, string database, int failures)
    {
        services.AddSingleton<IJourneyStore>(provider =>
        {
            var store = Create<IJourneyStore, FailingOutcomeWrites>();
            var proxy = (FailingOutcomeWrites)(object)store;
            proxy.inner = new SqliteJourneyStore(database, provider.GetRequiredService<ILogger<SqliteJourneyStore>>());
            proxy.failuresLeft = failures;
            return store;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        if (targetMethod!.Name == nameof(IJourneyStore.WriteAsync) && args![0] is OutboxUpdate && Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            return Task.FromException(new IOException("the disk failed (on purpose)"));
        }

        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
