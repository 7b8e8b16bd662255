using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace MailAppliance.NanoClr.Tests;

/// <summary>
/// The order nanoCLR's launcher runs tests in: it walks the .pe's types and each type's methods in
/// table order, which the MDP sets (it sorts types and methods its own way). The .pdbx the MDP
/// writes beside the .pe maps each nanoCLR token to its IL token, so "CLASS.METHOD" in .pe order,
/// for the classes of one namespace.
/// </summary>
public static class LauncherOrder
{
    public static List<string> Read(string pdbx, string dll, string ofNamespace)
    {
        using var stream = File.OpenRead(dll);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var order = new List<string>();
        var classes = XDocument.Load(pdbx).Descendants("Class")
            .OrderBy(c => NanoToken(c.Element("Token")));
        foreach (var type in classes)
        {
            var typeDef = metadata.GetTypeDefinition((TypeDefinitionHandle)MetadataTokens.EntityHandle(ClrToken(type.Element("Token"))));
            if (metadata.GetString(typeDef.Namespace) != ofNamespace)
            {
                continue;
            }
            string className = metadata.GetString(typeDef.Name);
            foreach (var method in type.Descendants("Method").OrderBy(m => NanoToken(m.Element("Token"))))
            {
                var methodDef = metadata.GetMethodDefinition((MethodDefinitionHandle)MetadataTokens.EntityHandle(ClrToken(method.Element("Token"))));
                order.Add(className + "." + metadata.GetString(methodDef.Name));
            }
        }
        return order;
    }

    private static int ClrToken(XElement token) => Convert.ToInt32(token.Element("CLR").Value, 16);

    private static int NanoToken(XElement token) => Convert.ToInt32(token.Element("nanoCLR").Value, 16);
}
