using System.Text.Json.Nodes;

namespace Custojo.Compliance.Evidence.Importers;

/// <summary>One evidence record made by a tool importer, with where in the input it came from (e.g. <c>line 12</c>).</summary>
/// <param name="Record">The record as JSON, with its <c>kind</c> and the kind's fields.</param>
/// <param name="Location">Where in the input the record was read: a line, a range of lines or a JSON path.</param>
internal sealed record ImportedRecord(JsonObject Record, string Location);
