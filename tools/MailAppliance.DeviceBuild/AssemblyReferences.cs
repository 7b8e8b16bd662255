using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MailAppliance.DeviceBuild;

/// <summary>Reads which assemblies an IL image references, from its AssemblyRef table.</summary>
public static class AssemblyReferences
{
    public static string[] Of(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in metadata.AssemblyReferences)
        {
            names.Add(metadata.GetString(metadata.GetAssemblyReference(handle).Name));
        }
        return names.ToArray();
    }

    /// <summary>
    /// <paramref name="root"/> and everything it needs, each after the assemblies it references
    /// (so mscorlib comes first and the root last): the order nanoCLR loads them in.
    /// </summary>
    public static List<string> Closure(string root, Func<string, string> dllOf)
    {
        var ordered = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Visit(string name, string dll)
        {
            if (!seen.Add(name))
            {
                return;
            }
            foreach (string reference in Of(dll))
            {
                Visit(reference, dllOf(reference));
            }
            ordered.Add(name);
        }
        Visit(Path.GetFileNameWithoutExtension(root), root);
        return ordered;
    }
}
