namespace Custojo.Compliance.Engine.Tests.Guide;

/// <summary>One bullet of the guide: its section path (joined by " › "), its text and its 1-based line.</summary>
internal sealed record GuideBullet(string Section, string Text, int Line);
