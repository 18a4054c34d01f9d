using System.Text.Json.Serialization;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>
/// Compile-time JSON metadata of every evidence kind, so the first read of a kind in a process does not build it
/// by reflection (most of what a one-control check spends on its evidence). Options and converters stay those of
/// <see cref="EvidenceJson"/>; a test checks that every kind is listed here.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(AccessReview))]
[JsonSerializable(typeof(Account))]
[JsonSerializable(typeof(AdvisorySubscription))]
[JsonSerializable(typeof(BackupRun))]
[JsonSerializable(typeof(BackupVerification))]
[JsonSerializable(typeof(CacheClear))]
[JsonSerializable(typeof(CacheStats))]
[JsonSerializable(typeof(ChangeLogEntry))]
[JsonSerializable(typeof(Cleanup))]
[JsonSerializable(typeof(CommunicationProtocolReview))]
[JsonSerializable(typeof(ConfigurationReview))]
[JsonSerializable(typeof(DatabaseMaintenance))]
[JsonSerializable(typeof(DocumentationReview))]
[JsonSerializable(typeof(DrPlanReview))]
[JsonSerializable(typeof(FileArchival))]
[JsonSerializable(typeof(HealthCheck))]
[JsonSerializable(typeof(IntegrationCheck))]
[JsonSerializable(typeof(IpRestriction))]
[JsonSerializable(typeof(LogCollection))]
[JsonSerializable(typeof(LogReview))]
[JsonSerializable(typeof(LoginAttempt))]
[JsonSerializable(typeof(MaintenanceNotice))]
[JsonSerializable(typeof(MonitoringAlertRule))]
[JsonSerializable(typeof(PasswordPolicy))]
[JsonSerializable(typeof(Patch))]
[JsonSerializable(typeof(RecoveryTest))]
[JsonSerializable(typeof(ResourceSample))]
[JsonSerializable(typeof(RestoreTest))]
[JsonSerializable(typeof(SecurityAlert))]
[JsonSerializable(typeof(SecurityAudit))]
[JsonSerializable(typeof(SecurityScan))]
[JsonSerializable(typeof(SlowQueryReport))]
[JsonSerializable(typeof(StorageUsage))]
[JsonSerializable(typeof(TestRun))]
[JsonSerializable(typeof(TrainingRecord))]
[JsonSerializable(typeof(UpdateDeployment))]
[JsonSerializable(typeof(WalArchiveStatus))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext;
