namespace MarketingAutomation.Hosting.Input;

/// <summary>A record read from one line of an input file, so later problems with it still point at that line.</summary>
public interface IInputRecord
{
    int Line { get; }
}
