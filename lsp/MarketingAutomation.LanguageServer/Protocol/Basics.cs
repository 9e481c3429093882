using System.Text.Json.Serialization;

namespace MarketingAutomation.LanguageServer.Protocol;

// The shapes every LSP message is built from. Property names become camelCase on the wire
// (see ProtocolJson); nulls are left out rather than written, as VS Code's client expects.

/// <summary>A zero-based line and UTF-16 character offset.</summary>
public sealed record Position(int Line, int Character);

/// <summary>A half-open range [Start, End).</summary>
public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

/// <summary>The params of every request aimed at one place of one document.</summary>
public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits by document URI; the shape every client understands.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);

/// <summary>A command the client runs, such as the "Run test" code lens.</summary>
public sealed record Command(string Title, [property: JsonPropertyName("command")] string CommandName, IReadOnlyList<object>? Arguments = null);

/// <summary>Markdown or plain text to show, as in hovers and documentation.</summary>
public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
