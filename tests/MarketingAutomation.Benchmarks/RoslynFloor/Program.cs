using MarketingAutomation.Compiler.Emit;

// `roslyn-floor <output folder> [file.cs ...]`: emits one empty class (or the C# files given, for
// example some of the files `ma build --emit-cs` wrote) and writes it, as `ma build` writes its
// assembly, so the fresh processes differ only by what is compiled.
if (args is not [var output, .. var files])
{
    Console.Error.WriteLine("usage: roslyn-floor <output folder> [file.cs ...]");
    return 2;
}

try
{
    var image = files.Length == 0
        ? RoslynFloor.Emit()
        : RoslynFloor.Emit([.. files.Select(file => new GeneratedSource(Path.GetFileName(file), File.ReadAllText(file)))]);
    Directory.CreateDirectory(output);
    File.WriteAllBytes(Path.Combine(output, RoslynFloor.AssemblyName + ".dll"), image);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
{
    // A missing or unreadable file, an unwritable folder, or C# that does not compile.
    Console.Error.WriteLine("roslyn-floor: " + e.Message);
    return 1;
}

Console.WriteLine($"Built {RoslynFloor.AssemblyName}.dll.");
return 0;
