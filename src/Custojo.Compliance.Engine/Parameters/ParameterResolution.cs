namespace Custojo.Compliance.Engine.Parameters;

/// <summary>The parameters in effect for one control: pack defaults overlaid with workspace overrides.</summary>
/// <param name="Values">Every declared parameter's value in its declared type, by name (ordinal order).</param>
/// <param name="Errors">Every override that could not be used; when there is any, the control must not run.</param>
internal sealed record ParameterResolution(IReadOnlyDictionary<string, object> Values, IReadOnlyList<ParameterError> Errors)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The values rendered invariantly for run records and reports (see <see cref="ParameterValues.Format"/>).</summary>
    public IReadOnlyDictionary<string, string> Rendered =>
        new SortedDictionary<string, string>(Values.ToDictionary(p => p.Key, p => ParameterValues.Format(p.Value), StringComparer.Ordinal), StringComparer.Ordinal);
}
