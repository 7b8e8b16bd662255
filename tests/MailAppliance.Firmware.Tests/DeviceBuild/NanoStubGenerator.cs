using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace MailAppliance.Firmware.Tests.DeviceBuild;

/// <summary>
/// Turns API lists in the shared/nanoframework-api format (README there) into declaration-only
/// C#: every type and member with its exact signature, every body <c>throw null</c>. Compiled
/// against the real nanoFramework mscorlib, it is a reference assembly the device sources can be
/// type-checked against; it never runs.
/// </summary>
public static class NanoStubGenerator
{
    private sealed class TypeEntry
    {
        public string Name = "";
        public string Kind = "";
        public List<string> Modifiers = new();
        public List<string> Bases = new();
        public bool Flags;
        public List<string> Members = new();
        public List<TypeEntry> Nested = new();
        public bool HasParameterlessCtor;
    }

    /// <summary>C# source declaring every type the given API lists name.</summary>
    public static string Generate(IEnumerable<string> listFiles)
    {
        var types = new Dictionary<string, TypeEntry>();
        foreach (string file in listFiles)
        {
            TypeEntry current = null;
            foreach (string line in File.ReadLines(file))
            {
                if (line.StartsWith("type ", StringComparison.Ordinal))
                {
                    current = ParseType(line);
                    types.Add(current.Name, current);
                }
                else if (line.StartsWith("  ", StringComparison.Ordinal) && current != null)
                {
                    current.Members.Add(line.Trim());
                }
            }
        }

        var topLevel = new SortedDictionary<string, List<TypeEntry>>(StringComparer.Ordinal);
        foreach (TypeEntry type in types.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            string parent = EnclosingType(type.Name, types);
            if (parent != null)
            {
                types[parent].Nested.Add(type);
                continue;
            }
            string ns = type.Name.Substring(0, Math.Max(0, type.Name.LastIndexOf('.')));
            if (!topLevel.TryGetValue(ns, out var list))
            {
                topLevel[ns] = list = new List<TypeEntry>();
            }
            list.Add(type);
        }

        var output = new StringBuilder();
        output.AppendLine("// Generated from shared/nanoframework-api by NanoStubGenerator: declarations only.");
        output.AppendLine("#pragma warning disable");
        foreach (var (ns, list) in topLevel)
        {
            output.AppendLine($"namespace {ns}").AppendLine("{");
            list.ForEach(type => WriteType(output, type, "    "));
            output.AppendLine("}");
        }
        return output.ToString();
    }

    // type [static|abstract|sealed] (class|struct|interface|enum|delegate) FULL.NAME [: BASE, ...] [Flags]
    private static TypeEntry ParseType(string line)
    {
        string text = line.Substring(5);
        var type = new TypeEntry();
        if (text.EndsWith(" [Flags]", StringComparison.Ordinal))
        {
            type.Flags = true;
            text = text[..^8];
        }
        int colon = text.IndexOf(" : ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            type.Bases.AddRange(text[(colon + 3)..].Split(", "));
            text = text[..colon];
        }
        string[] words = text.Split(' ');
        type.Name = words[^1];
        type.Kind = words[^2];
        type.Modifiers.AddRange(words[..^2]);
        return type;
    }

    private static string EnclosingType(string name, Dictionary<string, TypeEntry> types)
    {
        for (int dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            if (types.ContainsKey(name[..dot]))
            {
                return name[..dot];
            }
        }
        return null;
    }

    private static void WriteType(StringBuilder output, TypeEntry type, string indent)
    {
        string name = type.Name[(type.Name.LastIndexOf('.') + 1)..];
        string inner = indent + "    ";
        if (type.Kind == "delegate")
        {
            string invoke = type.Members.Single(m => m.StartsWith("invoke ", StringComparison.Ordinal));
            string returns = invoke.Split(' ')[1];
            output.AppendLine($"{indent}public delegate {TypeRef(returns)} {name}({Parameters(Between(invoke, '(', ')'))});");
            return;
        }
        if (type.Flags)
        {
            output.AppendLine($"{indent}[global::System.Flags]");
        }
        string modifiers = string.Concat(type.Modifiers.Select(m => m + " "));
        string bases = type.Bases.Count == 0 ? ""
            : " : " + string.Join(", ", type.Kind == "enum" ? type.Bases.Select(EnumBase) : type.Bases.Select(TypeRef));
        output.AppendLine($"{indent}public {modifiers}{type.Kind} {name}{bases}").AppendLine(indent + "{");
        foreach (string member in type.Members)
        {
            string declaration = Member(type, name, member);
            if (declaration != null)
            {
                output.AppendLine(inner + declaration);
            }
        }
        // Without a listed parameterless constructor C# would add a public one the real type lacks;
        // an internal one keeps derived stubs compiling and stays out of the device code's reach.
        if (type.Kind == "class" && !type.Modifiers.Contains("static") && !type.HasParameterlessCtor)
        {
            output.AppendLine($"{inner}internal {name}() {{ }}");
        }
        type.Nested.ForEach(nested => WriteType(output, nested, inner));
        output.AppendLine(indent + "}");
    }

    private static string Member(TypeEntry type, string typeName, string line)
    {
        bool inInterface = type.Kind == "interface";
        string kind = line[..line.IndexOf(' ')];
        string rest = line[(kind.Length + 1)..];
        switch (kind)
        {
            case "value":
                return rest.Replace(" = ", " = unchecked((" + EnumBase(type.Bases.FirstOrDefault() ?? "System.Int32") + ")(") + ")),";
            case "ctor":
            {
                string head = rest[..rest.IndexOf('(')].Trim();
                string parameters = Parameters(Between(rest, '(', ')'));
                if (head.Contains("static"))
                {
                    return $"static {typeName}() {{ }}";
                }
                if (parameters.Length == 0)
                {
                    if (type.Kind == "struct")
                    {
                        return null;
                    }
                    type.HasParameterlessCtor = true;
                }
                return $"{head} {typeName}({parameters}) {{ }}";
            }
            case "field":
            {
                string value = null;
                int equals = rest.IndexOf(" = ", StringComparison.Ordinal);
                if (equals >= 0)
                {
                    value = rest[(equals + 3)..];
                    rest = rest[..equals];
                }
                string[] words = rest.Split(' ');
                string declared = $"{string.Join(" ", words[..^2])} {TypeRef(words[^2])} {words[^1]}";
                return value == null ? declared + ";" : $"{declared} = {Literal(words[^2], value)};";
            }
            case "property":
            {
                string head = rest[..rest.IndexOf(" {", StringComparison.Ordinal)];
                bool get = rest.Contains("get;");
                bool set = rest.Contains("set;");
                bool bodiless = inInterface || head.Contains("abstract");
                string accessors = bodiless
                    ? (get ? "get; " : "") + (set ? "set; " : "")
                    : (get ? "get { throw null; } " : "") + (set ? "set { } " : "");
                string signature;
                int indexer = head.IndexOf(" this[", StringComparison.Ordinal);
                if (indexer >= 0)
                {
                    string[] words = head[..indexer].Split(' ');
                    signature = $"{Modifiers(words[..^1], inInterface)}{TypeRef(words[^1])} this[{Parameters(head[(indexer + 6)..^1])}]";
                }
                else
                {
                    string[] words = head.Split(' ');
                    signature = $"{Modifiers(words[..^2], inInterface)}{TypeRef(words[^2])} {words[^1]}";
                }
                return $"{signature} {{ {accessors}}}";
            }
            case "event":
            {
                string[] words = rest.Split(' ');
                return $"{Modifiers(words[..^2], inInterface)}event {TypeRef(words[^2])} {words[^1]};";
            }
            case "method":
            case "operator":
            {
                string head = rest[..rest.IndexOf('(')];
                string[] words = head.Split(' ');
                string name = words[^1];
                if (name == "Finalize")
                {
                    return null; // C# spells it as a destructor; nothing calls it.
                }
                string parameters = Parameters(Between(rest, '(', ')'));
                string modifiers = Modifiers(words[..^2], inInterface);
                string body = inInterface || words.Contains("abstract") ? ";" : " { throw null; }";
                if (kind == "operator")
                {
                    return name is "op_Implicit" or "op_Explicit"
                        ? $"{modifiers}{(name == "op_Implicit" ? "implicit" : "explicit")} operator {TypeRef(words[^2])}({parameters}){body}"
                        : $"{modifiers}{TypeRef(words[^2])} operator {OperatorToken(name)}({parameters}){body}";
                }
                return $"{modifiers}{TypeRef(words[^2])} {name}({parameters}){body}";
            }
            case "explicit":
            {
                string head = rest[..rest.IndexOf('(')];
                string[] words = head.Split(' ');
                int dot = words[^1].LastIndexOf('.');
                return $"{TypeRef(words[0])} {TypeRef(words[^1][..dot])}.{words[^1][(dot + 1)..]}({Parameters(Between(rest, '(', ')'))}) {{ throw null; }}";
            }
            case "invoke":
                return null;
            default:
                throw new FormatException("unknown member line: " + line);
        }
    }

    private static string Modifiers(string[] words, bool inInterface) =>
        inInterface ? string.Concat(words.Where(w => w == "static").Select(w => w + " ")) : string.Concat(words.Select(w => w + " "));

    private static string OperatorToken(string name) => name switch
    {
        "op_Equality" => "==",
        "op_Inequality" => "!=",
        "op_LessThan" => "<",
        "op_GreaterThan" => ">",
        "op_LessThanOrEqual" => "<=",
        "op_GreaterThanOrEqual" => ">=",
        "op_Addition" => "+",
        "op_Subtraction" => "-",
        _ => throw new FormatException("unknown operator " + name),
    };

    // "ref System.Net.EndPoint remoteEP, System.Int32 size = 0" -> "ref global::System.Net.EndPoint @remoteEP, global::System.Int32 @size = 0"
    private static string Parameters(string list)
    {
        if (list.Trim().Length == 0)
        {
            return "";
        }
        return string.Join(", ", list.Split(", ").Select(parameter =>
        {
            string value = null;
            int equals = parameter.IndexOf(" = ", StringComparison.Ordinal);
            if (equals >= 0)
            {
                value = parameter[(equals + 3)..];
                parameter = parameter[..equals];
            }
            string[] words = parameter.Split(' ');
            string prefix = words.Length == 3 ? words[0] + " " : "";
            string type = words[^2];
            string declared = $"{prefix}{TypeRef(type)} @{words[^1]}";
            return value == null ? declared : $"{declared} = {Literal(type, value)}";
        }));
    }

    private static string Literal(string type, string value)
    {
        if (value is "default" or "null" or "true" or "false" || value.StartsWith('"') || value.StartsWith('\''))
        {
            return value;
        }
        // Enum-typed defaults are written as numbers in the lists.
        return $"unchecked(({TypeRef(type)})({value}))";
    }

    private static string EnumBase(string type) => type switch
    {
        "System.Byte" => "byte",
        "System.SByte" => "sbyte",
        "System.Int16" => "short",
        "System.UInt16" => "ushort",
        "System.Int32" => "int",
        "System.UInt32" => "uint",
        "System.Int64" => "long",
        "System.UInt64" => "ulong",
        _ => throw new FormatException("enum base " + type),
    };

    private static string TypeRef(string type) => type == "System.Void" ? "void" : "global::" + type;

    private static string Between(string text, char open, char close) =>
        text[(text.IndexOf(open) + 1)..text.LastIndexOf(close)];
}
