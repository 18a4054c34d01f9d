using Custojo.Compliance.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Analyzers.Tests.Banned;

public sealed class BannedApiTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        // CJ0001 file system, reached every way a name can reach it.
        { "CJ0001", "var t = System.IO.File.ReadAllText(\"/etc/passwd\");" },
        { "CJ0001", "using System.IO;\nvar t = File.ReadAllText(\"x\");" },
        { "CJ0001", "using static System.IO.File;\nvar t = ReadAllText(\"x\");" },
        { "CJ0001", "using F = System.IO.File;\nvar ok = 1;" },
        { "CJ0001", "Func<string, string> read = System.IO.File.ReadAllText;" },
        { "CJ0001", "System.IO.FileInfo info = new(\"x\");" },
        { "CJ0001", "var temp = System.IO.Path.GetTempPath();" },
        { "CJ0001", "class Watcher : System.IO.FileSystemWatcher { }" },
        { "CJ0001", "var t = typeof(System.IO.Directory);" },
        { "CJ0001", "static string secret = System.IO.File.ReadAllText(\"x\");" },
        { "CJ0001", "string Read(string p) => System.IO.File.ReadAllText(p);" },
        { "CJ0001", "var lines = new List<string>();\nlines.AddRange(System.IO.File.ReadLines(\"x\"));" },
        { "CJ0001", Policies.ControlRunning("var s = System.IO.File.ReadAllLines(\"x\");") },
        // CJ0002 network.
        { "CJ0002", "var c = new System.Net.Sockets.TcpClient(\"example.com\", 80);" },
        { "CJ0002", "var h = new System.Net.Http.HttpClient();" },
        { "CJ0002", "var name = System.Net.Dns.GetHostName();" },
        // CJ0003 processes.
        { "CJ0003", "System.Diagnostics.Process.Start(\"sh\", \"-c 'rm -rf /'\");" },
        { "CJ0003", "var info = new System.Diagnostics.ProcessStartInfo(\"sh\");" },
        // CJ0004 environment.
        { "CJ0004", "Environment.Exit(1);" },
        { "CJ0004", "Environment.FailFast(\"bye\");" },
        { "CJ0004", "var home = Environment.GetEnvironmentVariable(\"HOME\");" },
        { "CJ0004", "var dir = AppContext.BaseDirectory;" },
        { "CJ0004", "var name = AppDomain.CurrentDomain.FriendlyName;" },
        { "CJ0004", "var zone = TimeZoneInfo.Local;" },
        { "CJ0004", "System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;" },
        // CJ0005 reflection, emit, dynamic.
        { "CJ0005", "var m = typeof(string).GetMethod(\"Trim\", Type.EmptyTypes);" },
        { "CJ0005", "var text = Type.GetType(\"System.IO.File\")!.GetMethod(\"ReadAllText\", new[] { typeof(string) })!.Invoke(null, new object[] { \"/etc/passwd\" });" },
        { "CJ0005", "var o = Activator.CreateInstance(typeof(object));" },
        { "CJ0005", "dynamic d = 1;" },
        { "CJ0005", "var a = System.Reflection.Assembly.GetExecutingAssembly();" },
        { "CJ0005", "var e = System.Linq.Expressions.Expression.Constant(1);" },
        { "CJ0005", "Action a = () => { };\nvar m = a.Method;" },
        // CJ0006 assembly loading.
        { "CJ0006", "var c = System.Runtime.Loader.AssemblyLoadContext.Default;" },
        { "CJ0006", "var a = System.Reflection.Assembly.LoadFrom(\"evil.dll\");" },
        // CJ0007 threads, tasks, timers, async.
        { "CJ0007", "new System.Threading.Thread(() => { }).Start();" },
        { "CJ0007", "var t = System.Threading.Tasks.Task.Run(() => 1);" },
        { "CJ0007", "System.Threading.Thread.Sleep(10);" },
        { "CJ0007", "var timer = new System.Threading.Timer(_ => { });" },
        { "CJ0007", "System.Threading.ThreadPool.QueueUserWorkItem(_ => { });" },
        { "CJ0007", "System.Threading.Tasks.Parallel.For(0, 2, i => { });" },
        { "CJ0007", "async void Later() { }" },
        { "CJ0007", "var total = new[] { 1, 2 }.AsParallel().Sum();" },
        // CJ0008 unsafe code.
        { "CJ0008", "unsafe { int x = 1; int* p = &x; }" },
        { "CJ0008", "Span<byte> big = stackalloc byte[16];" },
        { "CJ0008", "var size = System.Runtime.CompilerServices.Unsafe.SizeOf<int>();" },
        // CJ0009 P/Invoke and native code.
        { "CJ0009", "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int getpid();" },
        { "CJ0009", "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(10);" },
        { "CJ0009", "var lib = System.Runtime.InteropServices.NativeLibrary.Load(\"libc.so.6\");" },
        // CJ0010 console.
        { "CJ0010", "System.Console.WriteLine(\"hello\");" },
        { "CJ0010", "var line = Console.ReadLine();" },
        // CJ0011 GC.
        { "CJ0011", "GC.Collect();" },
        { "CJ0011", "var used = GC.GetTotalMemory(false);" },
        // CJ0012 wall clock.
        { "CJ0012", "var now = DateTime.Now;" },
        { "CJ0012", "var now = DateTime.UtcNow;" },
        { "CJ0012", "var today = DateTime.Today;" },
        { "CJ0012", "var now = DateTimeOffset.UtcNow;" },
        { "CJ0012", "var now = DateTimeOffset.Now;" },
        { "CJ0012", "var watch = System.Diagnostics.Stopwatch.StartNew();" },
        { "CJ0012", "var now = TimeProvider.System.GetUtcNow();" },
        { "CJ0012", "var ticks = Environment.TickCount64;" },
        { "CJ0012", "using static System.DateTime;\nvar now = Now;" },
        { "CJ0012", Policies.Control(check: "ctx => ctx.Window.To > DateTimeOffset.UtcNow ? ctx.Pass(\"future\") : ctx.Fail(\"past\", [])") },
        // CJ0013 unseeded randomness.
        { "CJ0013", "var r = new Random();" },
        { "CJ0013", "Random r = new();" },
        { "CJ0013", "var n = Random.Shared.Next();" },
        { "CJ0013", "var id = Guid.NewGuid();" },
        // CJ0014 the sandbox itself.
        { "CJ0014", "Custojo.Compliance.Sdk.Sandbox.Guard.Tick();" },
        { "CJ0014", "try { } catch (Custojo.Compliance.Sdk.Sandbox.SandboxViolationException) { }" },
        // CJ0015 debugging and tracing.
        { "CJ0015", "System.Diagnostics.Debug.Assert(false);" },
        { "CJ0015", "System.Diagnostics.Debugger.Break();" },
        // CJ0016 finalizers.
        { "CJ0016", "class Sneaky { ~Sneaky() { } }" },
        // CJ0020 #r.
        { "CJ0020", "#r \"System.Net.Http.dll\"\nvar x = 1;" },
        // CJ0021 #load outside the pack.
        { "CJ0021", "#load \"../../outside.csx\"\nvar x = 1;" },
    };

    public static TheoryData<string> Allowed => new()
    {
        "var r = new System.IO.StringReader(\"a\");\nvar w = new System.IO.StringWriter();\nvar m = new System.IO.MemoryStream();",
        "var name = nameof(System.IO.File);",
        "var r = new Random(42).Next();",
        "var d = DateTime.Parse(\"2026-01-01\", System.Globalization.CultureInfo.InvariantCulture);",
        "var name = typeof(string).Name;",
        "object o = 1;\nvar isInt = o.GetType() == typeof(int);",
        "lock (new object()) { }",
        "var zone = TimeZoneInfo.FindSystemTimeZoneById(\"Europe/Berlin\");",
        "var text = string.Join(\",\", new[] { 1, 2 }.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));",
        "[System.Diagnostics.CodeAnalysis.SuppressMessage(\"a\", \"b\")] static void Quiet() { }",
        "var match = System.Text.RegularExpressions.Regex.IsMatch(\"abc\", \"b\");",
        "var sb = new System.Text.StringBuilder().Append(1).ToString();",
        Policies.Control(check: "ctx => ctx.Window.Length > TimeSpan.FromDays(1) ? ctx.Pass(\"long\") : ctx.NotApplicable(\"short\")"),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Banned_api_is_reported_by_its_rule(string id, string source)
    {
        var diagnostics = BannedApiCheck.Diagnostics(source);

        Assert.True(diagnostics.Any(d => d.Id == id), $"expected {id}, got:\n{Analysis.Describe(diagnostics)}");
        Assert.All(diagnostics.Where(d => d.Id == id), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Allowed_api_is_not_reported(string source)
    {
        var diagnostics = BannedApiCheck.Diagnostics(source);

        Assert.True(diagnostics.IsEmpty, Analysis.Describe(diagnostics));
    }

    [Fact]
    public void Qualified_chain_is_reported_once_at_the_whole_chain_naming_the_member()
    {
        var diagnostics = BannedApiCheck.Diagnostics("var t = System.IO.File.ReadAllText(\"x\");");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("System.IO.File.ReadAllText", diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan));
        Assert.StartsWith("'System.IO.File.ReadAllText(string)' touches the file system", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Reflection_chain_reaching_a_file_is_reported_where_it_starts()
    {
        var diagnostics = BannedApiCheck.Diagnostics("var t = Type.GetType(\"System.IO.File\");");

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CJ0005", diagnostic.Id);
        Assert.Equal(new LinePositionSpanText(0, 8), LinePositionSpanText.Of(diagnostic));
    }

    [Fact]
    public void Diagnostic_points_at_line_and_column_of_the_call_inside_a_check()
    {
        var diagnostics = BannedApiCheck.Diagnostics(Policies.ControlRunning("    var now = DateTime.Now;"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("CJ0012", diagnostic.Id);
        Assert.Equal(new LinePositionSpanText(4, 14), LinePositionSpanText.Of(diagnostic));
    }

    private sealed record LinePositionSpanText(int Line, int Character)
    {
        public static LinePositionSpanText Of(Diagnostic diagnostic)
        {
            var start = diagnostic.Location.GetLineSpan().StartLinePosition;
            return new LinePositionSpanText(start.Line, start.Character);
        }
    }
}
