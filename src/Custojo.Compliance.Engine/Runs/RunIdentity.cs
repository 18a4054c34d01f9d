using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Waivers;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>
/// A run's id is derived from everything that determines its results (window, zone, as-of, pack,
/// policies, parameters, evidence chain head, engine version, selection, waivers and their states): the
/// same inputs give the same id and — the engine being deterministic — the same results, byte for byte.
/// The instant waiver states were decided at is not part of it: a later check whose waivers are in the
/// same states is the same run.
/// </summary>
internal static class RunIdentity
{
    public static string Of(RunResult run, ControlSelection selection)
    {
        var text = new StringBuilder()
            .Append("window ").Append(Instant(run.From)).Append(' ').Append(Instant(run.To)).Append('\n')
            .Append("zone ").Append(run.TimeZone).Append('\n')
            .Append("as-of ").Append(run.AsOf is { } asOf ? Instant(asOf) : "-").Append('\n')
            .Append("pack ").Append(run.PackName).Append(' ').Append(run.PackVersion).Append(' ').Append(run.PackFingerprint).Append('\n')
            .Append("evidence ").Append(run.EvidenceChainHead).Append(' ').Append(run.EvidenceCount.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("engine ").Append(run.EngineVersion).Append('\n')
            .Append("select ").AppendJoin(',', selection.ControlIds).Append(';').AppendJoin(',', selection.Tags).Append(';').AppendJoin(',', selection.Sections).Append('\n');
        foreach (var policy in run.Policies) text.Append("policy ").Append(policy.File).Append(' ').Append(policy.Sha256).Append('\n');
        foreach (var (control, parameters) in run.Parameters)
            foreach (var (name, value) in parameters) text.Append("param ").Append(control).Append(' ').Append(name).Append('=').Append(value).Append('\n');
        foreach (var waiver in run.Waivers.Items.OrderBy(w => w.Id, StringComparer.Ordinal))
        {
            var state = WaiverApplication.StateOf(waiver, run.Waivers.DecidedAt, run.Waivers.WarnWithinDays);
            text.Append("waiver ").Append(JsonSerializer.Serialize(waiver, RunJson.Options)).Append(' ').Append(state).Append('\n');
        }
        return "run-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
