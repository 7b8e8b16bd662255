using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using MailAppliance.Platform.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace MailAppliance.Platform.Tests;

/// <summary>
/// The Platform layer must build for the board: every framework type and member its compiled
/// assembly references must exist in nanoFramework's API (shared/nanoframework-api) with the
/// same name and parameter types, and nothing generic may be instantiated.
/// </summary>
[TestClass]
public sealed class NanoApiSurfaceTests
{
    // Roslyn emits these attributes only when the corlib defines them; nanoFramework's
    // mscorlib does not, so the device build simply goes without them.
    private static readonly HashSet<string> CompilerAssemblyAttributes = new()
    {
        "System.Runtime.CompilerServices.CompilationRelaxationsAttribute",
        "System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",
        "System.Runtime.CompilerServices.RefSafetyRulesAttribute",
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
    };

    // Members Roslyn picks by what the corlib offers when it lowers a statement: `lock`
    // becomes Monitor.Enter(object, ref bool) where that exists, else Monitor.Enter(object).
    private static readonly Dictionary<string, string> CompilerLowerings = new()
    {
        ["System.Threading.Monitor.Enter(System.Object,System.Boolean&):System.Void"] = "Enter(System.Object):System.Void",
    };

    private static readonly NanoApiCatalog Catalog = NanoApiCatalog.Load(NanoApiCatalog.FindFolder());

    [TestMethod]
    public void PlatformUsesOnlyWhatNanoFrameworkHas()
    {
        var problems = Check(typeof(FileMailStore).Assembly.Location);
        Assert.AreEqual("", string.Join("\n", problems));
    }

    [TestMethod]
    public void TheCheckFindsWhatNanoFrameworkLacks()
    {
        // This test assembly uses List<T>, LINQ and File.ReadLines, none of which the board has.
        var problems = Check(typeof(NanoApiSurfaceTests).Assembly.Location);
        CollectionAssert.Contains(problems, "type System.Linq.Enumerable");
        CollectionAssert.Contains(problems, "member System.IO.File.ReadLines(System.String):System.Collections.Generic.IEnumerable`1<System.String>");
        Assert.IsTrue(problems.Any(p => p.StartsWith("generic System.Collections.Generic.List`1<")), string.Join("\n", problems));
    }

    [TestMethod]
    public void CatalogReadsSignaturesAsListed()
    {
        Assert.IsTrue(Catalog.HasMember("System.Net.Sockets.Socket", "ReceiveFrom(System.Byte[],System.Net.EndPoint&):System.Int32"));
        Assert.IsTrue(Catalog.HasMember("System.Net.Sockets.Socket", "get_RemoteEndPoint():System.Net.EndPoint"));
        Assert.IsTrue(Catalog.HasMember("System.IO.FileStream", "Dispose():System.Void"), "inherited from Stream");
        Assert.IsFalse(Catalog.HasMember("System.Net.Sockets.Socket", "Select(System.Collections.IList,System.Collections.IList,System.Collections.IList,System.Int32):System.Void"));
    }

    private static List<string> Check(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new SignatureNames(reader);
        var problems = new List<string>();

        foreach (var handle in reader.TypeReferences)
        {
            if (!IsExternal(reader, handle))
            {
                continue;
            }
            string name = names.Of(handle);
            if (!Catalog.HasType(name) && !CompilerAssemblyAttributes.Contains(name))
            {
                problems.Add("type " + name);
            }
        }
        foreach (var handle in reader.MemberReferences)
        {
            var member = reader.GetMemberReference(handle);
            string memberName = reader.GetString(member.Name);
            if (member.Parent.Kind == HandleKind.TypeSpecification)
            {
                var spec = reader.GetTypeSpecification((TypeSpecificationHandle)member.Parent);
                problems.Add("generic " + spec.DecodeSignature(names, null) + "." + memberName);
                continue;
            }
            if (member.Parent.Kind != HandleKind.TypeReference || !IsExternal(reader, (TypeReferenceHandle)member.Parent))
            {
                continue;
            }
            string typeName = names.Of((TypeReferenceHandle)member.Parent);
            if (CompilerAssemblyAttributes.Contains(typeName))
            {
                continue;
            }
            string signature;
            if (member.GetKind() == MemberReferenceKind.Method)
            {
                var method = member.DecodeMethodSignature(names, null);
                signature = memberName + "(" + string.Join(",", method.ParameterTypes) + "):" + method.ReturnType;
            }
            else
            {
                signature = "field " + memberName + ":" + member.DecodeFieldSignature(names, null);
            }
            if (CompilerLowerings.TryGetValue(typeName + "." + signature, out string lowered))
            {
                signature = lowered;
            }
            if (!Catalog.HasMember(typeName, signature))
            {
                problems.Add("member " + typeName + "." + signature);
            }
        }
        for (int row = 1; row <= reader.GetTableRowCount(TableIndex.MethodSpec); row++)
        {
            var spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
            problems.Add("generic method instantiation <" + string.Join(",", spec.DecodeSignature(names, null)) + ">");
        }
        return problems.Distinct().ToList();
    }

    private static bool IsExternal(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        return scope.Kind == HandleKind.AssemblyReference && !reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name).StartsWith("MailAppliance")
            || scope.Kind == HandleKind.TypeReference && IsExternal(reader, (TypeReferenceHandle)scope);
    }

    /// <summary>Writes types from signatures the way the API lists do: "System.Byte[]", "Outer.Inner", "X&amp;".</summary>
    private sealed class SignatureNames : ISignatureTypeProvider<string, object>
    {
        private readonly MetadataReader _reader;

        public SignatureNames(MetadataReader reader) => _reader = reader;

        public string Of(TypeReferenceHandle handle)
        {
            var type = _reader.GetTypeReference(handle);
            string name = _reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return Of((TypeReferenceHandle)type.ResolutionScope) + "." + name;
            }
            string ns = _reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Void => "System.Void",
            PrimitiveTypeCode.Boolean => "System.Boolean",
            PrimitiveTypeCode.Char => "System.Char",
            PrimitiveTypeCode.SByte => "System.SByte",
            PrimitiveTypeCode.Byte => "System.Byte",
            PrimitiveTypeCode.Int16 => "System.Int16",
            PrimitiveTypeCode.UInt16 => "System.UInt16",
            PrimitiveTypeCode.Int32 => "System.Int32",
            PrimitiveTypeCode.UInt32 => "System.UInt32",
            PrimitiveTypeCode.Int64 => "System.Int64",
            PrimitiveTypeCode.UInt64 => "System.UInt64",
            PrimitiveTypeCode.Single => "System.Single",
            PrimitiveTypeCode.Double => "System.Double",
            PrimitiveTypeCode.String => "System.String",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            _ => typeCode.ToString(),
        };

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Of(handle);

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            return reader.GetString(type.Namespace) + "." + reader.GetString(type.Name);
        }

        public string GetTypeFromSpecification(MetadataReader reader, object context, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, context);

        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[" + new string(',', shape.Rank - 1) + "]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) => genericType + "<" + string.Join(",", typeArguments) + ">";
        public string GetGenericMethodParameter(object context, int index) => "!!" + index;
        public string GetGenericTypeParameter(object context, int index) => "!" + index;
        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
    }
}
