namespace Custojo.Compliance.Reporting.Oscal;

/// <summary>The UUIDs of one run's OSCAL document: version 5 over "run id / item path".</summary>
internal sealed class OscalIds(string runId)
{
    public string For(string path) => UuidV5.Create(UuidV5.Custojo, $"{runId}/{path}").ToString("D");

    public string Observation(string controlId) => For($"observation/{controlId}");

    public string Observation(string controlId, int finding) => For($"observation/{controlId}/finding/{finding}");

    private readonly Dictionary<string, string> _evidence = new(StringComparer.Ordinal);

    public string Evidence(string recordId)
    {
        if (!_evidence.TryGetValue(recordId, out var uuid))
        {
            uuid = For($"evidence/{recordId}");
            _evidence.Add(recordId, uuid);
        }
        return uuid;
    }
}
