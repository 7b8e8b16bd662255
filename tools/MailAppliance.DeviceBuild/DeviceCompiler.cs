using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// Compiles sources as the board's build does: C# 9, no standard library, nanoFramework's
/// mscorlib and class libraries as the only references. Warnings count as failures, as they
/// do in every project of this repository.
/// </summary>
public static class DeviceCompiler
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp9);

    /// <summary>The outcome of one compile: the image (null when it failed) and every error and warning.</summary>
    public sealed record Result(byte[] Image, string[] Diagnostics);

    /// <summary>Compiles a library or, with <paramref name="exe"/>, a program with a Main.</summary>
    public static Result Compile(string assemblyName, IEnumerable<SyntaxTree> sources, IEnumerable<string> referencePaths, bool exe = false)
    {
        var compilation = Create(assemblyName, sources, referencePaths, exe);
        string[] diagnostics = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString()).ToArray();
        if (diagnostics.Length > 0)
        {
            return new Result(null, diagnostics);
        }
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        return emitted.Success
            ? new Result(stream.ToArray(), Array.Empty<string>())
            : new Result(null, emitted.Diagnostics.Select(d => d.ToString()).ToArray());
    }

    /// <summary>The compilation itself, for checks that read its symbols.</summary>
    public static CSharpCompilation Create(string assemblyName, IEnumerable<SyntaxTree> sources, IEnumerable<string> referencePaths, bool exe = false) =>
        CSharpCompilation.Create(assemblyName, sources, referencePaths.Select(path => MetadataReference.CreateFromFile(path)),
            new CSharpCompilationOptions(exe ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release, deterministic: true,
                nullableContextOptions: NullableContextOptions.Disable, warningLevel: 4));

    public static SyntaxTree ParseFile(string path) => CSharpSyntaxTree.ParseText(File.ReadAllText(path), Parse, path);

    public static SyntaxTree ParseText(string source, string path = "") => CSharpSyntaxTree.ParseText(source, Parse, path);

    /// <summary>The C# sources of a project folder, without its build output, in a fixed order.</summary>
    public static string[] SourcesOf(string folder) =>
        Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(file => file, StringComparer.Ordinal).ToArray();
}
