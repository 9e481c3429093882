using MarketingAutomation.Language.Binding;
using MarketingAutomation.Language.Text;

namespace MarketingAutomation.Language.Services;

/// <summary>One place a symbol's name is written: its declaration or a use.</summary>
internal sealed record SymbolOccurrence(Symbol Symbol, SourceText Source, TextSpan Span, bool IsDeclaration);
