using Custojo.Compliance.Engine.Packs;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>The emitted assembly of one policy file and how to enter it.</summary>
/// <param name="SourceHash">SHA-256 of the normalised sources (the file and its #load files).</param>
/// <param name="EntryType">Metadata name of the script's submission type.</param>
/// <param name="EntryMethod">Name of the submission factory method.</param>
internal sealed record CompiledPolicy(PolicyFile File, string SourceHash, byte[] Image, string EntryType, string EntryMethod);
