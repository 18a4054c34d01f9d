namespace Custojo.Compliance.Engine.Tests.Guide;

/// <summary>
/// Reads the bullets of the System Maintenance Guide with their section paths, following the rules written
/// down in policies/guide/README.md ("How the guide's text is read").
/// </summary>
internal static class GuideOutline
{
    public const string PathSeparator = " › ";

    private enum LineKind { Bullet, Dash, Sentence, Heading }

    public static IReadOnlyList<GuideBullet> Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var index = 0;
        while (index < lines.Length && Kind(lines[index]) != LineKind.Sentence) index++; // the title block
        index++;

        string? top = null, sub = null, group = null;
        var topAwaitsChildren = false;
        var previousWasBulletListSub = false;
        LineKind? previous = null;
        var bullets = new List<GuideBullet>();
        for (; index < lines.Length; index++)
        {
            var line = lines[index];
            var kind = Kind(line);
            if (kind == LineKind.Heading)
            {
                if (previous == LineKind.Dash)
                {
                    group = line;
                }
                else
                {
                    switch (NextStructuralKind(lines, index + 1))
                    {
                        case LineKind.Heading:
                            (top, sub, group, topAwaitsChildren, previousWasBulletListSub) = (line, null, null, true, false);
                            break;
                        case LineKind.Dash:
                            (sub, group, topAwaitsChildren, previousWasBulletListSub) = (line, null, false, false);
                            break;
                        default:
                            if (topAwaitsChildren || previousWasBulletListSub)
                                (sub, group, topAwaitsChildren, previousWasBulletListSub) = (line, null, false, true);
                            else
                                (top, sub, group, previousWasBulletListSub) = (line, null, null, false);
                            break;
                    }
                }
            }
            else if (kind == LineKind.Bullet)
            {
                var path = string.Join(PathSeparator, new[] { top, sub, group }.OfType<string>());
                bullets.Add(new GuideBullet(path, line[2..], index + 1));
            }

            previous = kind;
        }

        return bullets;
    }

    private static LineKind Kind(string line) => line switch
    {
        "-" => LineKind.Dash,
        _ when line.StartsWith("- ", StringComparison.Ordinal) => LineKind.Bullet,
        _ when line.EndsWith('.') || line.EndsWith(':') => LineKind.Sentence,
        _ => LineKind.Heading,
    };

    private static LineKind NextStructuralKind(string[] lines, int index)
    {
        while (index < lines.Length && Kind(lines[index]) == LineKind.Sentence) index++;
        return index < lines.Length ? Kind(lines[index]) : LineKind.Bullet;
    }
}
