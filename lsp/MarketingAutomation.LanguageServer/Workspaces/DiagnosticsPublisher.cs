using MarketingAutomation.LanguageServer.Conversion;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Workspaces;

/// <summary>
/// Publishes every file's diagnostics after a workspace changes. Changes are debounced briefly,
/// and a publish that a newer change overtakes is dropped. Only files whose diagnostics changed
/// are sent again.
/// </summary>
internal sealed class DiagnosticsPublisher(Func<PublishDiagnosticsParams, Task> send, ServerLog log)
{
    /// <summary>
    /// Just long enough to gather the burst of messages one editor action sends (an edit across
    /// files comes as one didChange per file, written back to back, so each is read well within
    /// a millisecond of the one before). Keystrokes are not waited out: a rebuild costs a few
    /// milliseconds, builds run one at a time, and changes made during one are coalesced into the
    /// next (<see cref="CoalescingBuilds{T}"/>), so a fast typist costs at most one build at a
    /// time. A burst that straddles the delay costs one build more, never a stale publish. Was 5 ms,
    /// which was a quarter of a keystroke's round trip once the re-parse became incremental.
    /// </summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<WorkspaceProject, CancellationTokenSource> pending = [];
    private readonly Dictionary<WorkspaceProject, int> publishedStamps = [];
    private readonly Dictionary<WorkspaceProject, HashSet<string>> urisByProject = [];
    private readonly Dictionary<string, string> fingerprints = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim sending = new(1, 1);

    public TimeSpan Delay { get; init; } = DefaultDelay;

    /// <summary>Publishes the workspace's diagnostics after the delay, unless it changes again first.</summary>
    public void Schedule(WorkspaceProject project, bool immediately = false)
    {
        CancellationTokenSource cancellation;
        lock (gate)
        {
            if (pending.Remove(project, out var previous))
            {
                previous.Cancel();
                previous.Dispose();
            }

            pending[project] = cancellation = new CancellationTokenSource();
        }

        _ = PublishAsync(project, immediately ? TimeSpan.Zero : Delay, cancellation.Token);
    }

    private async Task PublishAsync(WorkspaceProject project, TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
            }

            var snapshot = await project.GetSnapshotAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            await sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await SendAsync(project, snapshot, cancellationToken).ConfigureAwait(false);
                ServerTrace.Write($"published {snapshot.Stamp}");
            }
            finally
            {
                sending.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A newer change took over; it publishes instead.
        }
        catch (Exception e)
        {
            log.Error($"Publishing diagnostics for {project.Folder} failed: {e}");
        }
    }

    private async Task SendAsync(WorkspaceProject project, WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        List<(PublishDiagnosticsParams Message, string Fingerprint)> toSend = [];
        lock (gate)
        {
            // A slow build of an older text must not overwrite what a newer one published.
            if (publishedStamps.TryGetValue(project, out var published) && published > snapshot.Stamp)
            {
                return;
            }

            publishedStamps[project] = snapshot.Stamp;
            var byPath = snapshot.Compilation.Diagnostics.GroupBy(d => d.Path).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var uris = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in snapshot.Trees.Select(t => t.Source.Path).Concat(byPath.Keys).Distinct(StringComparer.Ordinal))
            {
                var uri = snapshot.UriOf(path);
                uris.Add(uri);
                var diagnostics = byPath.TryGetValue(path, out var found) ? found.Select(DiagnosticConverter.ToProtocol).ToList() : [];
                Queue(toSend, uri, new PublishDiagnosticsParams(uri, diagnostics, snapshot.VersionOf(path)));
            }

            // Files that left the workspace (deleted, or an unsaved buffer closed) lose their diagnostics.
            if (urisByProject.TryGetValue(project, out var before))
            {
                foreach (var gone in before.Where(u => !uris.Contains(u)))
                {
                    Queue(toSend, gone, new PublishDiagnosticsParams(gone, []));
                }
            }

            urisByProject[project] = uris;
        }

        foreach (var (message, fingerprint) in toSend)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await send(message).ConfigureAwait(false);

            // Remembered only once sent, so a publish cut short is completed by the next one.
            lock (gate)
            {
                fingerprints[message.Uri] = fingerprint;
            }
        }
    }

    private void Queue(List<(PublishDiagnosticsParams, string)> toSend, string uri, PublishDiagnosticsParams message)
    {
        var fingerprint = string.Join('\n', message.Diagnostics.Select(d => $"{d.Range}|{d.Severity}|{d.Code}|{d.Message}"));
        if (fingerprints.TryGetValue(uri, out var previous) && previous == fingerprint)
        {
            return;
        }

        toSend.Add((message, fingerprint));
    }
}
