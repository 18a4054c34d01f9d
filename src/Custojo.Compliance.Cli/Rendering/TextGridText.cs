using Spectre.Console;

namespace Custojo.Compliance.Cli.Rendering;

/// <summary>One paragraph of a <see cref="TextGrid"/> cell: plain text (no markup) and the style it is shown in.</summary>
internal sealed record TextGridText(string Text, Style Style);
