namespace MailAppliance.DeviceBuild;

/// <summary>A device assembly after the compiler and the MDP: its IL image and its .pe.</summary>
public sealed record BuiltAssembly(string Name, string Dll, string Pe, long PeBytes);
