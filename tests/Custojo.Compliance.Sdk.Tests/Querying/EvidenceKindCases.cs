using System.Reflection;
using System.Text;
using Custojo.Compliance.Sdk.Evidence;
using Custojo.Compliance.Sdk.Querying;

namespace Custojo.Compliance.Sdk.Tests.Querying;

/// <summary>Every evidence kind as test cases, and a kind's records read by <see cref="RecordDecoder{T}"/> when the type is known only at run time.</summary>
internal static class EvidenceKindCases
{
    public static TheoryData<string> Names() => [.. EvidenceKinds.All.Select(k => k.Name)];

    public static EvidenceKindInfo Kind(string name) => EvidenceKinds.TryGet(name, out var kind) ? kind : throw new ArgumentException($"No evidence kind {name}.", nameof(name));

    public static object Decode(EvidenceKindInfo kind, string json) => Generic(nameof(DecodeAs), kind, json);

    public static bool AcceptedInStoreForm(EvidenceKindInfo kind, string json) => (bool)Generic(nameof(AcceptsAs), kind, json);

    public static bool HasPlan(EvidenceKindInfo kind) =>
        (bool)typeof(RecordDecoder<>).MakeGenericType(kind.RecordType).GetProperty(nameof(RecordDecoder<LoginAttempt>.HasPlan), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public static T DecodeAs<T>(string json) where T : EvidenceRecord => RecordDecoder<T>.Decode(Encoding.UTF8.GetBytes(json));

    public static bool AcceptsAs<T>(string json) where T : EvidenceRecord =>
        CanonicalRecordReader.TryRead(Encoding.UTF8.GetBytes(json), RecordDecoder<T>.Properties, new DecodedValues(RecordDecoder<T>.Properties.Length));

    private static object Generic(string method, EvidenceKindInfo kind, string json) =>
        typeof(EvidenceKindCases).GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.MakeGenericMethod(kind.RecordType).Invoke(null, [json])!;
}
