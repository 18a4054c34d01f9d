using Custojo.Compliance.Analyzers.Directives;

namespace Custojo.Compliance.Analyzers.Tests.Directives;

public sealed class PackPathTests
{
    [Theory]
    [InlineData("../lib/helpers.csx", "backup/db.csx", "lib/helpers.csx")]
    [InlineData("helpers.csx", "backup/db.csx", "backup/helpers.csx")]
    [InlineData("./x/../y.csx", "backup/db.csx", "backup/y.csx")]
    [InlineData("..\\lib\\helpers.csx", "backup/db.csx", "lib/helpers.csx")]
    [InlineData("shared.csx", "lib/helpers.csx", "lib/shared.csx")]
    public void Relative_path_inside_the_pack_resolves_to_a_pack_relative_path(string load, string from, string expected)
    {
        Assert.Equal(expected, PackPath.Resolve(load, from));
    }

    [Theory]
    [InlineData("../../outside.csx", "backup/db.csx")]
    [InlineData("../outside.csx", "db.csx")]
    [InlineData("/etc/passwd", "backup/db.csx")]
    [InlineData("C:\\secrets.csx", "backup/db.csx")]
    [InlineData("", "backup/db.csx")]
    [InlineData("..", "backup/db.csx")]
    public void Path_escaping_the_pack_resolves_to_nothing(string load, string from)
    {
        Assert.Null(PackPath.Resolve(load, from));
    }
}
