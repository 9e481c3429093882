namespace MarketingAutomation.LanguageServer.Protocol;

public sealed record ParameterInformation(string Label, MarkupContent? Documentation = null);

public sealed record SignatureInformation(string Label, MarkupContent? Documentation, IReadOnlyList<ParameterInformation> Parameters, int? ActiveParameter = null);

public sealed record SignatureHelp(IReadOnlyList<SignatureInformation> Signatures, int ActiveSignature, int ActiveParameter);
