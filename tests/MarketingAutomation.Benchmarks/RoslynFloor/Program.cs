using MarketingAutomation.Compiler.Emit;

// `roslyn-floor <output folder>`: emits one empty class and writes it, as `ma build` writes its
// assembly, so the two fresh processes differ only by the journey work.
if (args is not [var output])
{
    Console.Error.WriteLine("usage: roslyn-floor <output folder>");
    return 2;
}

Directory.CreateDirectory(output);
File.WriteAllBytes(Path.Combine(output, RoslynFloor.AssemblyName + ".dll"), RoslynFloor.Emit());
Console.WriteLine($"Built {RoslynFloor.AssemblyName}.dll.");
return 0;
