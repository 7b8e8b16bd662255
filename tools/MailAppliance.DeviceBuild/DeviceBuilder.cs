using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// Builds device projects bottom up into one folder: each compiled against nanoFramework's
/// assemblies and the ones built before it, then through the MDP. Problems are collected per
/// assembly; an assembly that fails stops the ones above it.
/// </summary>
public sealed class DeviceBuilder
{
    private readonly string _output;
    private readonly Dictionary<string, BuiltAssembly> _built = new(StringComparer.Ordinal);

    public DeviceBuilder(string output)
    {
        _output = output;
        Directory.CreateDirectory(output);
    }

    /// <summary>Each problem as "assembly: what went wrong"; empty when everything built.</summary>
    public List<string> Problems { get; } = new();

    public IReadOnlyDictionary<string, BuiltAssembly> Built => _built;

    /// <summary>Lets projects built here reference an assembly another builder made.</summary>
    public void Adopt(BuiltAssembly built) => _built[built.Name] = built;

    /// <summary>Builds <paramref name="project"/>; null (and <see cref="Problems"/> says why) when it fails.</summary>
    public BuiltAssembly Build(DeviceProject project)
    {
        foreach (string below in project.Below.Where(b => !_built.ContainsKey(b)))
        {
            Problems.Add($"{project.Name}: not built, {below} below it failed");
            return null;
        }
        string[] references = project.FrameworkReferences().Select(Toolchain.Dll)
            .Concat(project.Below.Select(b => _built[b].Dll)).ToArray();
        var compiled = DeviceCompiler.Compile(project.Name, project.Sources(), references, project.Exe);
        if (compiled.Image == null)
        {
            Problems.AddRange(compiled.Diagnostics.Select(d => $"{project.Name}: {d}"));
            return null;
        }
        string dll = Path.Combine(_output, project.Name + (project.Exe ? ".exe" : ".dll"));
        string pe = Path.Combine(_output, project.Name + ".pe");
        File.WriteAllBytes(dll, compiled.Image);

        var hints = project.FrameworkReferences().ToDictionary(name => name, Toolchain.Dll, StringComparer.Ordinal);
        foreach (string below in project.Below)
        {
            hints[below] = _built[below].Dll;
        }
        string[] said = MetadataProcessor.Run(dll, pe, hints);
        if (said.Length > 0)
        {
            Problems.AddRange(said.Select(line => $"{project.Name}: MDP: {line}"));
            return null;
        }
        var built = new BuiltAssembly(project.Name, dll, pe, new FileInfo(pe).Length);
        _built[project.Name] = built;
        return built;
    }

    /// <summary>The .pe files a program needs on the board, mscorlib first and the program last.</summary>
    public string[] LoadOrder(string program) =>
        AssemblyReferences.Closure(_built[program].Dll, name => _built.TryGetValue(name, out var b) ? b.Dll : Toolchain.Dll(name))
            .Select(name => _built.TryGetValue(name, out var b) ? b.Pe : Toolchain.Pe(name))
            .ToArray();
}
