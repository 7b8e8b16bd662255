using System;
using System.Linq;
using System.Reflection;

namespace MailAppliance.NanoClr.Tests;

/// <summary>
/// The portable cases of Core.Tests (PortableCaseTests.All). A case returning bytes is compared
/// with what the same case gives on .NET; a void case checks itself.
/// </summary>
public static class PortableCases
{
    public sealed record Case(Type Class, MethodInfo Method)
    {
        public bool GivesBytes => Method.ReturnType == typeof(byte[]);

        public string Name => Class.Name + "." + Method.Name;
    }

    public static Case[] All() =>
        MailAppliance.Core.Tests.PortableCaseTests.All().Select(m => new Case(m.DeclaringType, m)).ToArray();

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
