namespace Custojo.Compliance.Reporting.Verification;

/// <summary>
/// The signature of a PDF as found in its bytes: the /ByteRange numbers and the position of the
/// /Contents hex string they leave out (from its '&lt;' to its '&gt;', inclusive).
/// </summary>
internal sealed record SignatureField(long[] ByteRange, int ContentsStart, int ContentsEnd);
