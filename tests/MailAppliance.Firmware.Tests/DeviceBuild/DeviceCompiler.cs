using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>
/// Compiles sources the way the device build does — C# 9, no standard library, the board's
/// mscorlib — against the stubs of nanoFramework's other assemblies. Nothing is emitted to disk.
/// </summary>
public static class DeviceCompiler
{
    private static readonly CSharpParseOptions Parse = new(LanguageVersion.CSharp9);

    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Disable, warningLevel: 4);

    public static readonly MetadataReference Mscorlib =
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "nano", "mscorlib.dll"));

    private static readonly Lazy<MetadataReference> StubAssembly = new(() => CompileStubs("NanoFrameworkApiStubs", ApiLists()));

    /// <summary>nanoFramework's assemblies other than mscorlib, as one declaration-only reference.</summary>
    public static MetadataReference Stubs => StubAssembly.Value;

    /// <summary>The API lists the stubs are made from: shared/nanoframework-api, and ours for packages it does not list.</summary>
    public static IEnumerable<string> ApiLists() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Shared, "nanoframework-api"), "*.txt")
            .Where(file => Path.GetFileName(file) != "mscorlib.txt")
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "DeviceBuild"), "*.txt"))
            .OrderBy(file => file, StringComparer.Ordinal);

    /// <summary>Compiles one device assembly; the result's errors are empty when it type-checks.</summary>
    public static CSharpCompilation Compile(string name, IEnumerable<string> sourceFiles, params MetadataReference[] references) =>
        CSharpCompilation.Create(name,
            sourceFiles.Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), Parse, file)),
            new[] { Mscorlib, Stubs }.Concat(references), Options);

    public static CSharpCompilation CompileText(string name, string source, params MetadataReference[] references) =>
        CompileTextAgainst(name, source, new[] { Mscorlib, Stubs }.Concat(references));

    /// <summary>Compiles a snippet against exactly these references (the board's mscorlib among them).</summary>
    public static CSharpCompilation CompileTextAgainst(string name, string source, IEnumerable<MetadataReference> references) =>
        CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source, Parse) }, references, Options);

    /// <summary>The C# sources of a project folder, without its build output.</summary>
    public static IEnumerable<string> SourcesOf(string projectFolder) =>
        Directory.GetFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .OrderBy(file => file, StringComparer.Ordinal);

    public static string[] Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();

    /// <summary>The compiled image as a reference for the next assembly up.</summary>
    public static MetadataReference Image(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, Errors(compilation)));
        }
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    /// <summary>Stubs of the given API lists, compiled against the board's mscorlib; throws when they do not compile.</summary>
    public static MetadataReference CompileStubs(string name, IEnumerable<string> lists)
    {
        string source = NanoStubGenerator.Generate(lists);
        var compilation = CSharpCompilation.Create(name,
            new[] { CSharpSyntaxTree.ParseText(source, Parse, name + ".cs") }, new[] { Mscorlib }, Options);
        string[] errors = Errors(compilation);
        if (errors.Length > 0)
        {
            throw new InvalidOperationException("the generated stubs do not compile:" + Environment.NewLine
                + string.Join(Environment.NewLine, errors.Take(40)));
        }
        return Image(compilation);
    }
}
