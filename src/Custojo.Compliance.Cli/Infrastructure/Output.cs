using Spectre.Console;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>
/// Where the CLI writes: data to stdout (tables, JSON, reports), messages and progress to stderr.
/// Configured once per invocation from the global options.
/// </summary>
internal static class Output
{
    private static bool _noColor = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };

    public static IAnsiConsole Data { get; private set; } = Create(Console.Out, _noColor);

    public static IAnsiConsole Messages { get; private set; } = Create(Console.Error, _noColor);

    public static bool Quiet { get; private set; }

    /// <summary>True when progress may be drawn: stderr is a terminal and --quiet is off.</summary>
    public static bool ShowsProgress => !Quiet && !Console.IsErrorRedirected && Messages.Profile.Capabilities.Interactive;

    public static void Configure(bool noColor, bool quiet)
    {
        _noColor |= noColor;
        Quiet = quiet;
        Data = Create(Console.Out, _noColor);
        Messages = Create(Console.Error, _noColor);
    }

    /// <summary>Raw data to stdout, untouched by markup (JSON, XML, CSV).</summary>
    public static void Raw(string text) => Console.Out.Write(text);

    /// <summary>A note for people on stderr, suppressed by --quiet.</summary>
    public static void Note(string text)
    {
        if (!Quiet) WriteMessage(text, "90");
    }

    public static void Success(string text)
    {
        if (!Quiet) WriteMessage(text, "32");
    }

    public static void Warning(string text) => WriteMessage(Colour("warning:", "33") + " " + text, null);

    public static void Error(string text) => WriteMessage(Colour("error:", "31") + " " + text, null);

    // Messages are written unwrapped, one logical line each, so they stay greppable in logs.
    private static void WriteMessage(string text, string? colour) => Console.Error.WriteLine(colour is null ? text : Colour(text, colour));

    private static string Colour(string text, string code) =>
        _noColor || Console.IsErrorRedirected ? text : $"\u001b[{code}m{text}\u001b[0m";

    private static IAnsiConsole Create(TextWriter writer, bool noColor)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = noColor ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Detect,
        });
        // Redirected output is read by programs and logs: do not wrap it at a terminal's 80 columns.
        var redirected = writer == Console.Out ? Console.IsOutputRedirected : Console.IsErrorRedirected;
        if (redirected) console.Profile.Width = 240;
        return console;
    }
}
