using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers;

/// <summary>
/// Every diagnostic a policy can get from Custojo's analysis, in one place. Ids are stable: CJ00xx are
/// sandbox rules (what a policy may not reach), CJ01xx are control metadata rules. Messages say what is
/// wrong, then how to fix it.
/// </summary>
public static class Descriptors
{
    /// <summary>Category of the rules on what a policy may reach.</summary>
    public const string SandboxCategory = "Custojo.Sandbox";

    /// <summary>Category of the rules on control metadata.</summary>
    public const string MetadataCategory = "Custojo.Metadata";

    public static readonly DiagnosticDescriptor FileSystem = Sandbox("CJ0001", "Policy uses the file system",
        "'{0}' touches the file system, which a policy cannot do. Read what you need from evidence with ctx.Evidence<T>(); in-memory StringReader, StringWriter and MemoryStream are allowed.");

    public static readonly DiagnosticDescriptor Network = Sandbox("CJ0002", "Policy uses the network",
        "'{0}' reaches the network, which a policy cannot do. Import what you need as evidence with 'custojo evidence import' and query it with ctx.Evidence<T>().");

    public static readonly DiagnosticDescriptor Process = Sandbox("CJ0003", "Policy starts or inspects processes",
        "'{0}' starts or inspects operating-system processes, which a policy cannot do. Collect the process's output as evidence and query it with ctx.Evidence<T>().");

    public static readonly DiagnosticDescriptor Environment = Sandbox("CJ0004", "Policy reads or changes the host environment",
        "'{0}' reads or changes the host environment, which a policy cannot do. Declare a parameter with .Parameter(...) for anything configurable and read it with ctx.Param<T>(name).");

    public static readonly DiagnosticDescriptor Reflection = Sandbox("CJ0005", "Policy uses reflection, code generation or dynamic",
        "'{0}' uses reflection, code generation or dynamic binding, which a policy cannot do. Call the Sdk's typed members directly.");

    public static readonly DiagnosticDescriptor AssemblyLoading = Sandbox("CJ0006", "Policy loads assemblies",
        "'{0}' loads or initialises assemblies, which a policy cannot do. Use only the Sdk and the base library; share code between policies with #load \"../lib/name.csx\".");

    public static readonly DiagnosticDescriptor Threading = Sandbox("CJ0007", "Policy uses threads, tasks, timers or async",
        "'{0}' uses threads, tasks, timers or asynchronous code, which a policy cannot do. Write the check as plain synchronous code; the engine runs controls in parallel for you.");

    public static readonly DiagnosticDescriptor Unsafe = Sandbox("CJ0008", "Policy uses unsafe code",
        "'{0}' is unsafe code, which a policy cannot use. Use safe arrays, spans and collections instead.");

    public static readonly DiagnosticDescriptor Interop = Sandbox("CJ0009", "Policy calls native code",
        "'{0}' calls or prepares native code (P/Invoke, marshalling, function pointers), which a policy cannot do. Collect the data as evidence and query it with ctx.Evidence<T>().");

    public static readonly DiagnosticDescriptor Console = Sandbox("CJ0010", "Policy uses the console",
        "'{0}' uses the console, which a policy cannot do. Return what you want to say in the result's message or findings (ctx.Fail(message, findings)).");

    public static readonly DiagnosticDescriptor GarbageCollector = Sandbox("CJ0011", "Policy controls the garbage collector",
        "'{0}' controls the garbage collector, which a policy cannot do. Remove the call; the engine manages memory and enforces the allocation budget.");

    public static readonly DiagnosticDescriptor WallClock = Sandbox("CJ0012", "Policy reads the wall clock",
        "'{0}' reads the machine's clock, which makes results depend on when the check runs. Use the audit window instead: ctx.Window.From, ctx.Window.To and ctx.Window.Zone.");

    public static readonly DiagnosticDescriptor Randomness = Sandbox("CJ0013", "Policy uses unseeded randomness",
        "'{0}' is unseeded randomness, which makes results differ from run to run. Remove it, or use new Random(seed) with a constant seed.");

    public static readonly DiagnosticDescriptor SandboxInternals = Sandbox("CJ0014", "Policy uses the engine's sandbox",
        "'{0}' belongs to the engine's sandbox, which a policy cannot call or catch. Remove it; the engine guards loops and calls itself.");

    public static readonly DiagnosticDescriptor Debugging = Sandbox("CJ0015", "Policy uses debugging or tracing APIs",
        "'{0}' uses debugging or tracing APIs, which can halt or end the host. Remove it; report problems through the result's message and findings.");

    public static readonly DiagnosticDescriptor Finalizer = Sandbox("CJ0016", "Policy declares a finalizer",
        "'{0}' declares a finalizer, which runs outside the sandbox on the runtime's own thread. Remove it; a policy owns no unmanaged resources.");

    public static readonly DiagnosticDescriptor ReferenceDirective = Sandbox("CJ0020", "Policy references an assembly with #r",
        "'#r {0}' references an assembly, which a policy cannot do. Remove the directive; policies compile against the Sdk and the base library only.");

    public static readonly DiagnosticDescriptor LoadOutsidePack = Sandbox("CJ0021", "Policy loads a script from outside the pack",
        "'#load {0}' points outside the policy pack. Move the shared script into the pack (e.g. lib/) and load it with a path relative to this file.");

    public static readonly DiagnosticDescriptor ControlNotAChain = Metadata("CJ0100", "Control is not declared as one fluent statement",
        "Control({0}) is not declared as one fluent statement, so its metadata cannot be checked before it runs. Write the whole declaration as one statement that starts with Control(\"ID\") and ends with .Check(...), without storing the builder.");

    public static readonly DiagnosticDescriptor ControlIdNotConstant = Metadata("CJ0101", "Control id is not a non-empty constant",
        "The control id is not a non-empty constant string. Write the id as a string literal, e.g. Control(\"BKP-DB-01\").");

    public static readonly DiagnosticDescriptor ControlIdFormat = Metadata("CJ0102", "Control id is malformed",
        "Control id '{0}' is malformed. Use upper-case letters and digits in at least two dash-separated parts, starting with a letter, e.g. BKP-DB-01.");

    public static readonly DiagnosticDescriptor ControlIdDuplicate = Metadata("CJ0103", "Control id is declared twice",
        "Control id '{0}' is also declared at {1}. Give each control of the pack its own id.");

    public static readonly DiagnosticDescriptor ControlTitle = Metadata("CJ0104", "Control has no title",
        "Control '{0}' has no title ({1}). Add .Title(\"...\") with a non-empty constant string.");

    public static readonly DiagnosticDescriptor ControlRemediation = Metadata("CJ0105", "Control has no remediation",
        "Control '{0}' has no remediation ({1}). Add .Remediation(\"...\") with a non-empty constant string telling an admin how to fix a failure.");

    public static readonly DiagnosticDescriptor ControlSeverity = Metadata("CJ0106", "Control severity is not a defined constant",
        "Control '{0}' has a severity that is not one of the defined constants. Use Severity.Critical, High, Medium, Low or Info.");

    public static readonly DiagnosticDescriptor ControlRequirementMissing = Metadata("CJ0107", "Control implements no requirement",
        "Control '{0}' implements no guide requirement. Add .Implements(\"REQ-ID\") with the id of a requirement in guide/requirements.json.");

    public static readonly DiagnosticDescriptor ControlRequirementNotConstant = Metadata("CJ0108", "Requirement id is not a non-empty constant",
        "A requirement id of control '{0}' is not a non-empty constant string. Write each id as a string literal in .Implements(...).");

    public static readonly DiagnosticDescriptor ControlRequirementUnknown = Metadata("CJ0109", "Requirement id is not in the catalogue",
        "Control '{0}' implements '{1}', which is not in the requirement catalogue. Use an id from guide/requirements.json{2}.");

    public static readonly DiagnosticDescriptor CatalogueInvalid = Metadata("CJ0110", "Requirement catalogue is malformed",
        "The requirement catalogue is malformed: {0}. Make guide/requirements.json a JSON array of objects, each with a unique string \"id\".");

    public static readonly DiagnosticDescriptor ControlCheckMissing = Metadata("CJ0111", "Control has no check",
        "Control '{0}' has no check. Add .Check(ctx => ...) returning ctx.Pass(...), ctx.Fail(...), ctx.NoEvidence(...) or ctx.NotApplicable(...).");

    public static readonly DiagnosticDescriptor ParameterNotDeclared = Metadata("CJ0112", "Parameter is read but not declared",
        "Control '{0}' reads parameter '{1}' but does not declare it. Declare it with .Parameter(\"{1}\", defaultValue, \"description\").");

    public static readonly DiagnosticDescriptor ParameterTypeMismatch = Metadata("CJ0113", "Parameter is read with another type",
        "Control '{0}' reads parameter '{1}' as {2} but declares it as {3}. Read it with ctx.Param<{3}>(\"{1}\") or change the declared default.");

    public static readonly DiagnosticDescriptor ParameterNotRead = Metadata("CJ0114", "Parameter is declared but never read",
        "Control '{0}' declares parameter '{1}' but its check never reads it. Read it with ctx.Param<T>(\"{1}\") or remove the declaration.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ParameterNameNotConstant = Metadata("CJ0115", "Parameter name is not a non-empty constant",
        "A parameter name of control '{0}' is not a non-empty constant string. Write the name as a string literal in .Parameter(...) and ctx.Param<T>(...).");

    public static readonly DiagnosticDescriptor ParameterDuplicate = Metadata("CJ0116", "Parameter is declared twice",
        "Control '{0}' declares parameter '{1}' more than once. Keep one declaration.");

    public static readonly DiagnosticDescriptor RequirementNotImplemented = Metadata("CJ0117", "Requirement is implemented by no control",
        "Requirement '{0}' of the catalogue is implemented by no control of the pack. Add .Implements(\"{0}\") to the control that checks it, or write one.",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Sandbox(string id, string title, string message) =>
        new(id, title, message, SandboxCategory, DiagnosticSeverity.Error, isEnabledByDefault: true);

    private static DiagnosticDescriptor Metadata(string id, string title, string message, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        new(id, title, message, MetadataCategory, severity, isEnabledByDefault: true);
}
