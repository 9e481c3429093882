namespace MarketingAutomation.Runtime;

public enum JourneyStatus
{
    /// <summary>Running or waiting.</summary>
    Active,

    /// <summary>Ran past its last step.</summary>
    Completed,

    /// <summary>Left through `exit` or a `leave when` criterion.</summary>
    Exited,

    /// <summary>Reached its goal (which also ends it).</summary>
    Converted,
}
