namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record CodeLens(Range Range, Command? Command);
