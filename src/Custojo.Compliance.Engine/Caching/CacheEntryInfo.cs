namespace Custojo.Compliance.Engine.Caching;

/// <summary>What a cached assembly needs besides its bytes: how to enter it.</summary>
internal sealed record CacheEntryInfo(string EntryType, string EntryMethod);
