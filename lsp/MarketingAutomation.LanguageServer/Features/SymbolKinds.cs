using MarketingAutomation.Language.Services;
using ProtocolKind = MarketingAutomation.LanguageServer.Protocol.SymbolKind;
using SymbolKind = MarketingAutomation.Language.Binding.SymbolKind;

namespace MarketingAutomation.LanguageServer.Features;

/// <summary>How each kind of journey symbol shows in outlines and symbol search (icons).</summary>
internal static class SymbolKinds
{
    public static ProtocolKind ToProtocol(SymbolKind kind) => kind switch
    {
        SymbolKind.Contact => ProtocolKind.Struct,
        SymbolKind.Field => ProtocolKind.Field,
        SymbolKind.Event => ProtocolKind.Event,
        SymbolKind.Template => ProtocolKind.Object,
        SymbolKind.Segment => ProtocolKind.Variable,
        SymbolKind.Score => ProtocolKind.Number,
        SymbolKind.Stage => ProtocolKind.EnumMember,
        SymbolKind.Connection => ProtocolKind.Interface,
        SymbolKind.Journey => ProtocolKind.Function,
        SymbolKind.Test => ProtocolKind.Method,
        _ => ProtocolKind.Variable,
    };

    public static ProtocolKind ToProtocol(DocumentSymbolKind kind) => kind switch
    {
        DocumentSymbolKind.Contact => ProtocolKind.Struct,
        DocumentSymbolKind.Field => ProtocolKind.Field,
        DocumentSymbolKind.Event => ProtocolKind.Event,
        DocumentSymbolKind.Template => ProtocolKind.Object,
        DocumentSymbolKind.Segment => ProtocolKind.Variable,
        DocumentSymbolKind.Score => ProtocolKind.Number,
        DocumentSymbolKind.Lifecycle => ProtocolKind.Enum,
        DocumentSymbolKind.Stage => ProtocolKind.EnumMember,
        DocumentSymbolKind.Policy => ProtocolKind.Namespace,
        DocumentSymbolKind.Connection => ProtocolKind.Interface,
        DocumentSymbolKind.Journey => ProtocolKind.Function,
        DocumentSymbolKind.Clause => ProtocolKind.Property,
        DocumentSymbolKind.Step => ProtocolKind.Key,
        DocumentSymbolKind.Branch => ProtocolKind.Operator,
        DocumentSymbolKind.Test => ProtocolKind.Method,
        _ => ProtocolKind.Variable,
    };
}
