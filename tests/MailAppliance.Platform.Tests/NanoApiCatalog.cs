using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace MailAppliance.Platform.Tests;

/// <summary>
/// nanoFramework's public API as listed in shared/nanoframework-api (format in its README):
/// per type, its supertypes and the signatures of its members, normalised to
/// "Name(ParamType,ParamType):ReturnType" (constructors ".ctor(...)", fields "field Name:Type").
/// By-reference parameters end in "&amp;", as in metadata, since ref and out look alike there.
/// </summary>
public sealed class NanoApiCatalog
{
    private readonly Dictionary<string, ApiType> _types = new();

    public sealed class ApiType
    {
        public string Kind = "";
        public List<string> Supertypes = new();
        public HashSet<string> Members = new();
    }

    /// <summary>Finds shared/nanoframework-api beside the checkout, from the test's folder upwards.</summary>
    public static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "nanoframework-api");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("shared/nanoframework-api not found above " + AppContext.BaseDirectory);
    }

    public static NanoApiCatalog Load(string folder)
    {
        var catalog = new NanoApiCatalog();
        foreach (string file in Directory.GetFiles(folder, "*.txt"))
        {
            ApiType current = null;
            foreach (string raw in File.ReadLines(file))
            {
                if (raw.StartsWith("type "))
                {
                    current = catalog.AddType(raw);
                }
                else if (raw.StartsWith("  ") && current != null)
                {
                    catalog.AddMember(current, raw.Trim());
                }
            }
        }
        return catalog;
    }

    public bool HasType(string name) => _types.ContainsKey(name);

    public ApiType Type(string name) => _types.TryGetValue(name, out var type) ? type : null;

    /// <summary>True when the type or one of its supertypes lists the member.</summary>
    public bool HasMember(string typeName, string member)
    {
        var seen = new HashSet<string>();
        var queue = new Queue<string>();
        queue.Enqueue(typeName);
        while (queue.Count > 0)
        {
            string name = queue.Dequeue();
            if (!seen.Add(name) || !_types.TryGetValue(name, out var type))
            {
                continue;
            }
            if (type.Members.Contains(member))
            {
                return true;
            }
            type.Supertypes.ForEach(queue.Enqueue);
            if (type.Supertypes.Count == 0 && name != "System.Object")
            {
                queue.Enqueue("System.Object");
            }
        }
        return false;
    }

    private ApiType AddType(string line)
    {
        // type [modifiers] kind FULL.NAME [: BASE, IFACES] [Flags]
        string text = line.Substring(5);
        if (text.EndsWith(" [Flags]"))
        {
            text = text[..^8];
        }
        string supertypes = "";
        int colon = text.IndexOf(" : ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            supertypes = text[(colon + 3)..];
            text = text[..colon];
        }
        string[] words = text.Split(' ');
        int kindAt = Array.FindIndex(words, w => w is "class" or "struct" or "interface" or "enum" or "delegate");
        var type = new ApiType { Kind = words[kindAt] };
        type.Supertypes.AddRange(SplitTopLevel(supertypes).Where(s => s.Length > 0));
        if (type.Kind == "delegate")
        {
            // Every delegate has these, though the list shows only its signature.
            type.Members.Add(".ctor(System.Object,System.IntPtr):System.Void");
        }
        _types[StripGenericParameters(string.Join(" ", words.Skip(kindAt + 1)))] = type;
        return type;
    }

    private void AddMember(ApiType type, string line)
    {
        string kind = line.Split(' ')[0];
        switch (kind)
        {
            case "ctor":
                type.Members.Add(".ctor(" + Parameters(Between(line, '(', ')')) + "):System.Void");
                break;
            case "method":
            case "operator":
            {
                string head = line[..line.IndexOf('(')];
                string[] words = head.Split(' ');
                type.Members.Add(words[^1] + "(" + Parameters(Between(line, '(', ')')) + "):" + words[^2]);
                break;
            }
            case "invoke":
            {
                string returns = line.Split(' ')[1];
                type.Members.Add("Invoke(" + Parameters(Between(line, '(', ')')) + "):" + returns);
                break;
            }
            case "property":
                AddProperty(type, line);
                break;
            case "field":
            {
                string text = line.Contains(" = ") ? line[..line.IndexOf(" = ", StringComparison.Ordinal)] : line;
                string[] words = text.Split(' ');
                type.Members.Add("field " + words[^1] + ":" + words[^2]);
                break;
            }
            case "event":
            {
                string[] words = line.Split(' ');
                type.Members.Add("add_" + words[^1] + "(" + words[^2] + "):System.Void");
                type.Members.Add("remove_" + words[^1] + "(" + words[^2] + "):System.Void");
                break;
            }
        }
    }

    private static void AddProperty(ApiType type, string line)
    {
        string head = line[..line.IndexOf(" {", StringComparison.Ordinal)];
        string accessors = line[line.IndexOf('{')..];
        string name;
        string index = "";
        string propertyType;
        if (head.Contains(" this["))
        {
            int open = head.IndexOf(" this[", StringComparison.Ordinal);
            name = "Item";
            index = Parameters(head[(open + 6)..^1]);
            propertyType = head[..open].Split(' ')[^1];
        }
        else
        {
            string[] words = head.Split(' ');
            name = words[^1];
            propertyType = words[^2];
        }
        if (accessors.Contains("get;"))
        {
            type.Members.Add("get_" + name + "(" + index + "):" + propertyType);
        }
        if (accessors.Contains("set;"))
        {
            type.Members.Add("set_" + name + "(" + (index.Length > 0 ? index + "," : "") + propertyType + "):System.Void");
        }
    }

    private static string Between(string text, char open, char close)
    {
        int start = text.IndexOf(open);
        int end = text.LastIndexOf(close);
        return text[(start + 1)..end];
    }

    // "ref System.Net.EndPoint remoteEP, System.Int32 size = 0" -> "System.Net.EndPoint&,System.Int32"
    private static string Parameters(string list)
    {
        var types = new List<string>();
        foreach (string part in SplitTopLevel(list))
        {
            string p = part;
            int equals = p.IndexOf(" = ", StringComparison.Ordinal);
            if (equals >= 0)
            {
                p = p[..equals];
            }
            bool byRef = p.StartsWith("ref ") || p.StartsWith("out ");
            if (byRef || p.StartsWith("params "))
            {
                p = p[(p.IndexOf(' ') + 1)..];
            }
            string typeName = p[..p.LastIndexOf(' ')];
            types.Add(typeName + (byRef ? "&" : ""));
        }
        return string.Join(",", types);
    }

    private static IEnumerable<string> SplitTopLevel(string list)
    {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.Length; i++)
        {
            char c = list[i];
            if (c == '<' || c == '[')
            {
                depth++;
            }
            else if (c == '>' || c == ']')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                yield return list[start..i].Trim();
                start = i + 1;
            }
        }
        string last = list[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static string StripGenericParameters(string name)
    {
        int angle = name.IndexOf('<');
        return angle < 0 ? name : name[..angle] + "`" + (name.Count(c => c == ',') + 1);
    }
}
