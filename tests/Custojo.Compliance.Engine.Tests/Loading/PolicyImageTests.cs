using System.Diagnostics;
using System.Runtime.Loader;
using Custojo.Compliance.Engine.Loading;
using Custojo.Compliance.Engine.Tests.Evaluation;

namespace Custojo.Compliance.Engine.Tests.Loading;

public sealed class PolicyImageTests : IDisposable
{
    private readonly TestPack _pack = new TestPack()
        .With("backup/backups.csx", """Control("BKP-01").Title("One").Implements("X").Remediation("r").Check(ctx => ctx.Pass("ok"));""");

    [Fact]
    public void An_emitted_policy_asks_the_runtime_not_to_optimise_it_because_collectible_code_is_never_tiered()
    {
        var pack = _pack.Load();
        var compiled = new PolicyCompiler(pack, cache: null).Compile(pack.Files.Single());

        var context = new AssemblyLoadContext("policy-image-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(compiled.Policy!.Image));
            var debuggable = Assert.Single(assembly.GetCustomAttributes(typeof(DebuggableAttribute), inherit: false).Cast<DebuggableAttribute>());

            Assert.True(debuggable.IsJITOptimizerDisabled);
        }
        finally
        {
            context.Unload();
        }
    }

    public void Dispose() => _pack.Dispose();
}
