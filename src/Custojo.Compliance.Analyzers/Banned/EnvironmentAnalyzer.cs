using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0004: the host environment — <c>Environment</c> (variables, <c>Exit</c>, <c>FailFast</c>, machine and user
/// names, folders; its tick counts are CJ0012), <c>AppDomain</c> and <c>AppContext</c> (switches, data, base
/// directory; assembly loading is CJ0006), <c>OperatingSystem</c>, <c>RuntimeInformation</c>, the registry,
/// the machine's time zone (<c>TimeZoneInfo.Local</c>) and the process-wide current cultures.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EnvironmentAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Environment;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        (symbol.InType("System.Environment") && !WallClockAnalyzer.IsTickCount(symbol))
        || (symbol.InType("System.AppDomain") && !AssemblyLoadingAnalyzer.IsAppDomainLoading(symbol))
        || symbol.InType("System.AppContext")
        || symbol.InType("System.OperatingSystem")
        || symbol.InType("System.Runtime.InteropServices.RuntimeInformation")
        || symbol.InType("System.Runtime.InteropServices.OSPlatform")
        || symbol.InNamespace("Microsoft.Win32") && !symbol.InNamespace("Microsoft.Win32.SafeHandles")
        || symbol.IsMemberOf("System.TimeZoneInfo", "Local", "ClearCachedData")
        || symbol.IsMemberOf("System.Globalization.CultureInfo", "CurrentCulture", "CurrentUICulture", "DefaultThreadCurrentCulture", "DefaultThreadCurrentUICulture");
}
