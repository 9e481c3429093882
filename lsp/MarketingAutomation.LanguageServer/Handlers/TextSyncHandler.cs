using MarketingAutomation.Language.Workspace;
using MarketingAutomation.LanguageServer.Documents;
using MarketingAutomation.LanguageServer.Hosting;
using MarketingAutomation.LanguageServer.Protocol;
using StreamJsonRpc;

namespace MarketingAutomation.LanguageServer.Handlers;

/// <summary>
/// Keeps the open documents in step with the editor. These run in message order and only record
/// the change; the workspace is rebuilt afterwards, off the message loop (see DiagnosticsPublisher).
/// </summary>
internal sealed class TextSyncHandler(ServerContext context)
{
    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request) =>
        context.Guard.Notify("textDocument/didOpen", () => Changed(context.Documents.Open(request.TextDocument).Path, onDisk: false));

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request) =>
        context.Guard.Notify("textDocument/didChange", () =>
        {
            if (context.Documents.Change(request.TextDocument, request.ContentChanges) is { } changed)
            {
                Changed(changed.Path, onDisk: false);
            }
        });

    /// <summary>Closed: the file on disk speaks for it again (or, unsaved, it is gone).</summary>
    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request) =>
        context.Guard.Notify("textDocument/didClose", () =>
        {
            if (context.Documents.Close(request.TextDocument.Uri) is { } closed)
            {
                Changed(closed.Path, onDisk: true);
            }
        });

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams request) =>
        context.Guard.Notify("textDocument/didSave", () => Changed(DocumentUri.ToPath(request.TextDocument.Uri), onDisk: true));

    /// <summary>Files changed outside the editor: journey files and the template files they read.</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request) =>
        context.Guard.Notify("workspace/didChangeWatchedFiles", () =>
        {
            foreach (var change in request.Changes)
            {
                var path = DocumentUri.ToPath(change.Uri);
                if (path.EndsWith(JourneyWorkspace.FileExtension, StringComparison.Ordinal))
                {
                    Changed(path, onDisk: true);
                    continue;
                }

                // A template file may belong to any workspace above it.
                foreach (var project in context.Workspaces.All().Where(p => p.Folder.Length > 0 && path.StartsWith(p.Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    project.Invalidate(onDisk: true);
                    context.Diagnostics.Schedule(project);
                }
            }
        });

    private void Changed(string path, bool onDisk)
    {
        var project = context.Workspaces.ProjectFor(path);
        project.Invalidate(onDisk);
        context.Diagnostics.Schedule(project);
    }
}
