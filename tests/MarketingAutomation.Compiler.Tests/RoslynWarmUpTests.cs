using MarketingAutomation.Compiler.Emit;

namespace MarketingAutomation.Compiler.Tests;

public sealed class RoslynWarmUpTests
{
    [Fact]
    public void The_warm_up_program_compiles_through_the_real_emitter()
    {
        var (image, errors) = RoslynEmitter.EmitUnwaited("WarmUp", new Version(1, 0, 0, 0), [new GeneratedSource("WarmUp.g.cs", RoslynWarmUp.Sample)]);
        Assert.Empty(errors);
        Assert.NotNull(image);
    }
}
