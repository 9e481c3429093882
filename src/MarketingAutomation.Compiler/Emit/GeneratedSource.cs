namespace MarketingAutomation.Compiler.Emit;

/// <summary>One generated C# file: its name (relative, the same on every machine) and its text.</summary>
public sealed record GeneratedSource(string FileName, string Text);
