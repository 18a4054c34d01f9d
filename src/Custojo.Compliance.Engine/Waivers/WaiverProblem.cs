namespace Custojo.Compliance.Engine.Waivers;

/// <summary>One broken rule of one waiver: its position in the file, the property at fault, and what is wrong.</summary>
/// <param name="Index">Position of the waiver in <c>waivers</c> (0-based).</param>
/// <param name="Property">The property at fault, e.g. <c>expires</c>.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record WaiverProblem(int Index, string Property, string Message)
{
    public string Pointer => $"#/waivers/{Index}/{Property}";
}
