using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Core.Tests;

/// <summary>
/// Core's namespaces form layers: no two of them depend on each other, even through a third
/// (Text at the bottom, Appliance above it, the protocols above that, Console on top). Read from
/// the sources: <c>using</c> lines and names qualified with a Core namespace.
/// </summary>
[TestClass]
public sealed class NamespaceLayerTests
{
    private static readonly string CoreFolder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "firmware", "MailAppliance.Core"));

    [TestMethod]
    public void CoreNamespacesHaveNoCycles()
    {
        Dictionary<string, HashSet<string>> uses = Dependencies();
        Assert.IsTrue(uses.Count >= 8, "Core's namespaces not found under " + CoreFolder);
        var cycles = new List<string>();
        foreach (string start in uses.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            foreach (string next in uses[start])
            {
                List<string> back = PathBetween(uses, next, start);
                if (back != null)
                {
                    cycles.Add(start + " -> " + string.Join(" -> ", back));
                }
            }
        }
        Assert.AreEqual("", string.Join("\n", cycles), "namespace cycles in Core");
    }

    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        string[] names = Directory.GetDirectories(CoreFolder).Select(Path.GetFileName).Where(n => n is not ("bin" or "obj")).ToArray();
        // Not after a dot or a letter: "model.Dns.Hosts" is a member named like a namespace.
        var qualified = new Regex(@"(?<![\w.])(?:MailAppliance\.Core\.)?(" + string.Join("|", names) + @")\.[A-Z]\w*");
        var uses = names.ToDictionary(n => n, _ => new HashSet<string>());
        foreach (string name in names)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(CoreFolder, name), "*.cs", SearchOption.AllDirectories))
            {
                foreach (string raw in File.ReadLines(file))
                {
                    string line = Regex.Replace(raw, "\"([^\"\\\\]|\\\\.)*\"", "\"\"");
                    int comment = line.IndexOf("//", StringComparison.Ordinal);
                    line = comment >= 0 ? line[..comment] : line;
                    if (line.TrimStart().StartsWith("namespace ", StringComparison.Ordinal))
                    {
                        continue;
                    }
                    Match imported = Regex.Match(line, @"^\s*using\s+MailAppliance\.Core\.(\w+)\s*;");
                    if (imported.Success && imported.Groups[1].Value != name)
                    {
                        uses[name].Add(imported.Groups[1].Value);
                    }
                    foreach (Match m in qualified.Matches(line))
                    {
                        string used = m.Groups[1].Value;
                        if (used != name)
                        {
                            uses[name].Add(used);
                        }
                    }
                }
            }
        }
        return uses;
    }

    private static List<string> PathBetween(Dictionary<string, HashSet<string>> uses, string from, string to)
    {
        var previous = new Dictionary<string, string> { [from] = null };
        var queue = new Queue<string>(new[] { from });
        while (queue.Count > 0)
        {
            string at = queue.Dequeue();
            if (at == to)
            {
                var path = new List<string>();
                for (string step = to; step != null; step = previous[step])
                {
                    path.Insert(0, step);
                }
                return path;
            }
            foreach (string next in uses[at].Where(n => !previous.ContainsKey(n)))
            {
                previous[next] = at;
                queue.Enqueue(next);
            }
        }
        return null;
    }
}
