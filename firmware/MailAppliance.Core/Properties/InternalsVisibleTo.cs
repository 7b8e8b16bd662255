using System.Runtime.CompilerServices;

// Core's helpers (wire views, reply texts, parsers, the console's grammar) are internal: the
// platform and the firmware use the engines, the model and the interfaces only. Core's tests
// (on .NET, and as NFUnitTest on nanoCLR) and the benchmarks that drive Core from inside
// (AtCapScenario and LoginCost on nanoCLR) see them too, and so does the part of Core the
// device build makes assemblies of their own (MailAppliance.Imap, MailAppliance.Http: DeviceProject.CoreSplits).
[assembly: InternalsVisibleTo("MailAppliance.Core.Tests")]
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("MailAppliance.Benchmarks")]
[assembly: InternalsVisibleTo("AtCapScenario")]
[assembly: InternalsVisibleTo("LoginCost")]
[assembly: InternalsVisibleTo("MailAppliance.Imap")]
[assembly: InternalsVisibleTo("MailAppliance.Http")]
