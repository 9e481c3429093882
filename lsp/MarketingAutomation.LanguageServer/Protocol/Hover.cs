namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);
