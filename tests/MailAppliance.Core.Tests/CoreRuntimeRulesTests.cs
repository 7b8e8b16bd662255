using System;
using System.Linq;
using System.Reflection;
using MailAppliance.Core.Appliance;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests;

/// <summary>
/// Rules the nanoFramework 1.x runtime imposes that a compile against its mscorlib does not
/// catch: it cannot run user-defined generic types or methods.
/// </summary>
[TestClass]
public sealed class CoreRuntimeRulesTests
{
    private static readonly Assembly Core = typeof(ApplianceModel).Assembly;

    [TestMethod]
    public void CoreDefinesNoGenericTypes()
    {
        var generic = Core.GetTypes().Where(t => t.IsGenericTypeDefinition).Select(t => t.FullName).ToArray();
        Assert.AreEqual("", string.Join(", ", generic));
    }

    [TestMethod]
    public void CoreDefinesNoGenericMethods()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var generic = Core.GetTypes()
            .SelectMany(t => t.GetMethods(all).Select(m => (t, m)))
            .Where(x => x.m.IsGenericMethodDefinition)
            .Select(x => x.t.FullName + "." + x.m.Name)
            .ToArray();
        Assert.AreEqual("", string.Join(", ", generic));
    }

    [TestMethod]
    public void TheRuleTestsSeeGenerics()
    {
        // Guard against a check that cannot fail: the same reflection finds this generic method.
        var method = typeof(CoreRuntimeRulesTests).GetMethod(nameof(Sample), BindingFlags.NonPublic | BindingFlags.Static);
        Assert.IsTrue(method.IsGenericMethodDefinition);
    }

    private static T Sample<T>(T value) => value;
}
