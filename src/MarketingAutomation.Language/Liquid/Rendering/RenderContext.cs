namespace MarketingAutomation.Language.Liquid.Rendering;

/// <summary>
/// The state of one render: the variables the template set, the output being written (a stack,
/// because a capture writes into its own text), the problems found and the limits used so far.
/// Once a limit is reached the render is stopped and every renderer returns at its next step.
/// </summary>
internal sealed class RenderContext
{
    private readonly ILiquidScope scope;

    // `assign` and `capture` write here (Liquid keeps them for the whole template, even when set
    // inside a loop); each running loop pushes a frame with its variable and `forloop` on top.
    private readonly Dictionary<string, object?> assigned = new(StringComparer.Ordinal);
    private readonly List<Dictionary<string, object?>> loopFrames = [];
    private readonly List<BoundedText> outputs;
    private int iterations;

    public RenderContext(ILiquidScope scope, RenderOptions options)
    {
        this.scope = scope;
        Options = options;
        outputs = [new BoundedText(options.MaxOutputLength)];
    }

    public RenderOptions Options { get; }

    public ProblemList Problems { get; } = new();

    /// <summary>True once a limit was reached: nothing more is rendered.</summary>
    public bool Stopped { get; private set; }

    public int LoopDepth => loopFrames.Count;

    /// <summary>The <c>forloop</c> object of the innermost running loop, for <c>forloop.parentloop</c>.</summary>
    public object? CurrentForloop => loopFrames.Count == 0 ? null : loopFrames[^1].GetValueOrDefault("forloop");

    public string Output => outputs[0].ToString();

    public void Stop(string problem)
    {
        Problems.Add(problem);
        Stopped = true;
    }

    /// <summary>Looks a name up: loop variables (innermost first), then assigned names, then the scope.</summary>
    public bool TryGetVariable(string name, out object? value)
    {
        for (var i = loopFrames.Count - 1; i >= 0; i--)
        {
            if (loopFrames[i].TryGetValue(name, out value))
            {
                return true;
            }
        }

        return assigned.TryGetValue(name, out value) || scope.TryGet(name, out value);
    }

    public void Assign(string name, object? value) => assigned[name] = value;

    public Dictionary<string, object?> PushLoopFrame()
    {
        var frame = new Dictionary<string, object?>(StringComparer.Ordinal);
        loopFrames.Add(frame);
        return frame;
    }

    public void PopLoopFrame() => loopFrames.RemoveAt(loopFrames.Count - 1);

    /// <summary>Counts one loop iteration; false (and the render stopped) once the limit is passed.</summary>
    public bool CountIteration()
    {
        if (++iterations <= Options.MaxIterations)
        {
            return true;
        }

        Stop($"loops ran more than {Options.MaxIterations} times in total: the rest of the message is left out");
        return false;
    }

    public void Write(string text)
    {
        if (!Stopped && !outputs[^1].Append(text))
        {
            Stop($"the message is longer than {Options.MaxOutputLength} characters: the rest is cut off");
        }
    }

    public void BeginCapture() => outputs.Add(new BoundedText(Options.MaxOutputLength));

    public string EndCapture()
    {
        var captured = outputs[^1].ToString();
        outputs.RemoveAt(outputs.Count - 1);
        return captured;
    }
}
