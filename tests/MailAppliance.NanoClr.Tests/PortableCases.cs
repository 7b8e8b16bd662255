using System;
using System.Linq;
using System.Reflection;

namespace MailAppliance.NanoClr.Tests;

/// <summary>
/// The portable cases of Core.Tests: public static parameterless methods of the classes named
/// "…Cases" (Core.Tests' *Cases.cs files). A case returning bytes is compared with what the same
/// case gives on .NET; a void case checks itself.
/// </summary>
public static class PortableCases
{
    public sealed record Case(Type Class, MethodInfo Method)
    {
        public bool GivesBytes => Method.ReturnType == typeof(byte[]);

        public string Name => Class.Name + "." + Method.Name;
    }

    public static Case[] All() =>
        typeof(MailAppliance.Core.Tests.Portable.Expect).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Cases", StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Length == 0 && (m.ReturnType == typeof(byte[]) || m.ReturnType == typeof(void)))
                .OrderBy(m => m.MetadataToken)
                .Select(m => new Case(t, m)))
            .ToArray();

    /// <summary>What the case gives on .NET; a case that fails on .NET is a failure of the .NET tests, reported here too.</summary>
    public static byte[] RunOnDotNet(Case c)
    {
        try
        {
            return (byte[])c.Method.Invoke(null, null);
        }
        catch (TargetInvocationException e)
        {
            throw new InvalidOperationException($"{c.Name} fails on .NET: {e.InnerException?.Message}", e.InnerException);
        }
    }
}
