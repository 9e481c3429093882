using System.Text.Json;

namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>What the client tells us at start; only the parts this server reads.</summary>
public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
    JsonElement? Capabilities,
    JsonElement? InitializationOptions);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}

public sealed record LogMessageParams(MessageType Type, string Message);

public sealed record WorkspaceFoldersChangeEvent(IReadOnlyList<WorkspaceFolder> Added, IReadOnlyList<WorkspaceFolder> Removed);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}

public sealed record FileEvent(string Uri, FileChangeType Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);
