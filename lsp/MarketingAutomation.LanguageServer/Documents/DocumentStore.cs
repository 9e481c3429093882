using MarketingAutomation.LanguageServer.Protocol;

namespace MarketingAutomation.LanguageServer.Documents;

/// <summary>
/// The documents the editor has open, by path. Open documents win over the files on disk: the
/// editor's unsaved text is what the user sees and what every answer must be about.
/// </summary>
internal sealed class DocumentStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, OpenDocument> documents = new(StringComparer.Ordinal);

    public OpenDocument Open(TextDocumentItem item)
    {
        var document = new OpenDocument(item.Uri, DocumentUri.ToPath(item.Uri), item.Text, item.Version);
        lock (gate)
        {
            documents[document.Path] = document;
        }

        return document;
    }

    /// <summary>Applies a didChange; null when the document is not open (the change is ignored).</summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var path = DocumentUri.ToPath(identifier.Uri);
        lock (gate)
        {
            if (!documents.TryGetValue(path, out var current))
            {
                return null;
            }

            var changed = current with { Text = TextChanges.Apply(current.Text, changes), Version = identifier.Version };
            documents[path] = changed;
            return changed;
        }
    }

    public OpenDocument? Close(string uri)
    {
        var path = DocumentUri.ToPath(uri);
        lock (gate)
        {
            return documents.Remove(path, out var closed) ? closed : null;
        }
    }

    public OpenDocument? Find(string path)
    {
        lock (gate)
        {
            return documents.GetValueOrDefault(path);
        }
    }

    public IReadOnlyList<OpenDocument> All()
    {
        lock (gate)
        {
            return documents.Values.ToList();
        }
    }
}
