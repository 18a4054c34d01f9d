using System.Globalization;
using Custojo.Compliance.Evidence.Schemas;
using Newtonsoft.Json.Linq;

namespace Custojo.Compliance.Evidence.Tests.Support;

/// <summary>Builds evidence records as JSON text for tests.</summary>
internal static class Records
{
    public static string Login(int i, string user = "alice", string outcome = "success") =>
        $$"""{"kind":"login-attempt","at":"2026-11-02T07:{{(i / 60 % 60).ToString("00", CultureInfo.InvariantCulture)}}:{{(i % 60).ToString("00", CultureInfo.InvariantCulture)}}Z","user":"{{user}}","sourceIp":"192.0.2.{{i % 250}}","outcome":"{{outcome}}","mfaUsed":true,"method":"password","validUser":true,"host":"app-01"}""";

    public static string Ndjson(int count, int offset = 0) =>
        string.Join("\n", Enumerable.Range(offset, count).Select(i => Login(i))) + "\n";

    /// <summary>The example of <paramref name="kind"/> on one line, optionally edited.</summary>
    public static string Example(string kind, Action<JObject>? edit = null)
    {
        var record = Parse(EvidenceSchemas.ExampleJson(kind, indented: false));
        edit?.Invoke(record);
        return record.ToString(Newtonsoft.Json.Formatting.None);
    }

    /// <summary>Parses without turning date strings into DateTime values.</summary>
    public static JObject Parse(string json)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(json)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return (JObject)JToken.ReadFrom(reader);
    }
}
