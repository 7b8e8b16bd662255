using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace MailAppliance.DeviceBuild;

/// <summary>
/// Core is sans-I/O (ARCHITECTURE.md): the time, randomness and threads reach it through
/// <c>IClock</c>, <c>IRandomSource</c> and the platform's services, never from the runtime
/// directly. Reads what a built assembly references and names each use of those APIs; the
/// device build fails on any.
/// </summary>
public static class SansIoCheck
{
    // Any use of these types: randomness and threads (Thread.Sleep among them; a session pauses through ISessionOutput.Delay).
    private static readonly string[] ForbiddenTypes = { "System.Random", "System.Threading.Thread", "System.Threading.Timer" };

    // The runtime's clock, read directly.
    private static readonly string[] ForbiddenMembers = { "System.DateTime.get_UtcNow", "System.DateTime.get_Now", "System.DateTime.get_Today" };

    /// <summary>Each forbidden type or member <paramref name="dll"/> references, as "Type" or "Type.Member"; empty when none.</summary>
    public static string[] Violations(string dll)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            string type = FullName(metadata, metadata.GetTypeReference(handle));
            if (System.Array.IndexOf(ForbiddenTypes, type) >= 0)
            {
                found.Add(type);
            }
        }
        foreach (var handle in metadata.MemberReferences)
        {
            var member = metadata.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }
            string name = FullName(metadata, metadata.GetTypeReference((TypeReferenceHandle)member.Parent)) + "." + metadata.GetString(member.Name);
            if (System.Array.IndexOf(ForbiddenMembers, name) >= 0)
            {
                found.Add(name);
            }
        }
        return new List<string>(found).ToArray();
    }

    private static string FullName(MetadataReader metadata, TypeReference type)
    {
        string ns = metadata.GetString(type.Namespace);
        return (ns.Length > 0 ? ns + "." : "") + metadata.GetString(type.Name);
    }
}
