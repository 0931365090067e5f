namespace TriThuc.SharedKernel.Telemetry;

/// <summary>
/// The one name under which the platform's spans and instruments are published, whether the host or the kit records
/// them: monitoring subscribes to it once.
/// </summary>
public static class PlatformMeter
{
    public const string Name = "TriThuc";
}
