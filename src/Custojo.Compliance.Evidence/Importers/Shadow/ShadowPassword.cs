namespace Custojo.Compliance.Evidence.Importers.Shadow;

/// <summary>
/// The only facts taken from /etc/shadow's password field: whether the account is locked (<c>!</c> or
/// <c>*</c> prefix) and whether it has a password at all. The field itself, a hash, is never kept.
/// </summary>
internal readonly record struct ShadowPassword(bool Locked, bool HasPassword)
{
    public static ShadowPassword Of(string field)
    {
        if (field.Length == 0) return new ShadowPassword(Locked: false, HasPassword: false);
        var locked = field[0] is '!' or '*';
        var rest = field.TrimStart('!', '*');
        return new ShadowPassword(locked, HasPassword: rest.Length > 0);
    }
}
