using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests;

/// <summary>
/// Runs every portable case (the public static parameterless methods of the *Cases classes) on
/// .NET. A void case checks itself; a case that gives bytes must run here, and on nanoCLR it must
/// give the same bytes (tests/MailAppliance.NanoClr.Tests compares them).
/// </summary>
[TestClass]
public sealed class PortableCaseTests
{
    /// <summary>The cases, in a fixed order; tests/MailAppliance.NanoClr.Tests runs the same list on nanoCLR.</summary>
    public static MethodInfo[] All() =>
        typeof(PortableCaseTests).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Cases", StringComparison.Ordinal))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => m.GetParameters().Length == 0 && (m.ReturnType == typeof(byte[]) || m.ReturnType == typeof(void)))
                .OrderBy(m => m.MetadataToken))
            .ToArray();

    public static IEnumerable<object[]> Cases => All().Select(m => new object[] { m.DeclaringType.Name + "." + m.Name });

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void Case(string name)
    {
        var method = All().Single(m => m.DeclaringType.Name + "." + m.Name == name);
        try
        {
            object bytes = method.Invoke(null, null);
            Assert.IsTrue(method.ReturnType == typeof(void) || ((byte[])bytes).Length > 0, name + " gave no bytes");
        }
        catch (TargetInvocationException e)
        {
            Assert.Fail(e.InnerException.Message);
        }
    }

    [TestMethod]
    public void ThereAreCasesOfEveryKind()
    {
        Assert.IsTrue(All().Count(m => m.ReturnType == typeof(void)) > 5 && All().Count(m => m.ReturnType == typeof(byte[])) > 5);
    }
}
