using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Custojo.Compliance.Engine.Workspace;
using Custojo.Compliance.Evidence;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// Adds one waiver to <c>waivers.json</c>: the file must be valid first, the new waiver must keep every rule,
/// it gets the next id and the clock's instant as <c>created</c>, and the file is replaced atomically with
/// the other waivers kept as they were. On any problem nothing is written.
/// </summary>
public sealed class WaiverAdder(TimeProvider clock)
{
    public Waiver Add(string path, WaiverRequest request, IReadOnlySet<string> controlIds, WaiverConfig config, string? schemaReference)
    {
        var existing = WaiverFile.Load(path, controlIds, config);
        var now = clock.GetUtcNow();
        var waiver = new Waiver
        {
            Id = WaiverIds.Next(existing),
            ControlId = request.ControlId,
            Scope = Blank(request.Scope),
            Justification = request.Justification.Trim(),
            Approver = request.Approver.Trim(),
            Ticket = Blank(request.Ticket),
            Created = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero),
            Expires = request.Expires.ToUniversalTime(),
            ResidualRisk = Blank(request.ResidualRisk),
        };
        var problems = WaiverRules.Check([.. existing, waiver], controlIds, config).Where(p => p.Index == existing.Count).ToList();
        if (waiver.Justification.Length == 0) problems.Add(new(existing.Count, "justification", "the justification is empty"));
        if (waiver.Approver.Length == 0) problems.Add(new(existing.Count, "approver", "the approver is empty"));
        if (problems.Count > 0)
            throw new InputException($"The waiver was not added ({path} is unchanged):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => $"  --{Option(p.Property)}: {p.Message}"))}");

        var document = File.Exists(path)
            ? JsonNode.Parse(File.ReadAllText(path))!.AsObject()
            : new JsonObject { ["$schema"] = schemaReference, ["waivers"] = new JsonArray() };
        if (document["$schema"] is null) document.Remove("$schema");
        document["waivers"]!.AsArray().Add(ToNode(waiver));
        var json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        // The written file must read back as valid, exactly like every check will read it.
        WaiverFile.Parse(json, path, controlIds, config);
        WriteAtomically(path, json);
        return waiver;
    }

    private static JsonObject ToNode(Waiver waiver)
    {
        var node = new JsonObject { ["id"] = waiver.Id, ["controlId"] = waiver.ControlId };
        if (waiver.Scope is not null) node["scope"] = waiver.Scope;
        node["justification"] = waiver.Justification;
        node["approver"] = waiver.Approver;
        if (waiver.Ticket is not null) node["ticket"] = waiver.Ticket;
        node["created"] = Instant(waiver.Created);
        node["expires"] = Instant(waiver.Expires);
        if (waiver.ResidualRisk is not null) node["residualRisk"] = waiver.ResidualRisk;
        return node;
    }

    private static string Option(string property) => property switch
    {
        "controlId" => "control",
        "residualRisk" => "residual-risk",
        _ => property,
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Instant(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        return utc.ToString(utc.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
    }

    private static void WriteAtomically(string path, string content)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
