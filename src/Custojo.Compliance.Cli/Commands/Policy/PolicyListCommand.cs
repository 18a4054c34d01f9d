using System.Text.Json;
using Custojo.Compliance.Cli.Infrastructure;
using Custojo.Compliance.Engine.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Custojo.Compliance.Cli.Commands.Policy;

/// <summary><c>custojo policy list</c>: the controls of the pack, one line each.</summary>
internal sealed class PolicyListCommand : Command<TableOrJsonSettings>
{
    public override int Execute(CommandContext context, TableOrJsonSettings settings, CancellationToken cancellationToken)
    {
        var pack = settings.OpenPack();
        var description = new PackEvaluator(Clock.Provider).Describe(pack, settings.CacheDirectory());
        if (settings.Json)
        {
            Output.Raw(JsonSerializer.Serialize(description.Controls.Select(c => new
            {
                id = c.Control.Id,
                title = c.Control.Title,
                severity = c.Control.Severity.ToString().ToLowerInvariant(),
                section = c.Section,
                requirements = c.Control.Requirements,
                tags = c.Control.Tags,
                file = c.File.RelativePath,
            }), new JsonSerializerOptions { WriteIndented = true }) + "\n");
        }
        else
        {
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in new[] { "Control", "Severity", "Section", "Requirements", "Title" }) table.AddColumn(column);
            foreach (var item in description.Controls)
                table.AddRow(Markup.Escape(item.Control.Id), item.Control.Severity.ToString().ToLowerInvariant(), Markup.Escape(item.Section), Markup.Escape(string.Join(", ", item.Control.Requirements)), Markup.Escape(item.Control.Title));
            Output.Data.Write(table);
        }
        foreach (var problem in description.Problems) Output.Warning(problem);
        Output.Note($"{description.Controls.Count} controls in {pack.Files.Count} policy files of {pack.Manifest.Name} {pack.Manifest.Version}.");
        return description.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Findings;
    }
}
