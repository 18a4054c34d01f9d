using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0001: the file system. Everything in <c>System.IO</c> and below and <c>System.Resources</c> is banned,
/// except the in-memory types a policy may use to parse or format text: readers and writers over strings and
/// memory streams, the abstract stream/reader/writer bases and the IO exception types. <c>StreamReader</c>
/// and <c>StreamWriter</c> are banned because their constructors accept a file path.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FileSystemAnalyzer : BannedApiAnalyzer
{
    private static readonly string[] InMemory =
    [
        "System.IO.Stream", "System.IO.MemoryStream", "System.IO.StringReader", "System.IO.StringWriter",
        "System.IO.TextReader", "System.IO.TextWriter", "System.IO.BinaryReader", "System.IO.BinaryWriter",
        "System.IO.SeekOrigin", "System.IO.IOException", "System.IO.InvalidDataException", "System.IO.EndOfStreamException",
    ];

    protected override DiagnosticDescriptor Rule => Descriptors.FileSystem;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        (symbol.InNamespace("System.IO") && Array.IndexOf(InMemory, symbol.TypeName) < 0)
        || symbol.InNamespace("System.Resources");
}
