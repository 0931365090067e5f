namespace TriThuc.Host.Data;

/// <summary>Where the host's own database lives.</summary>
internal sealed record PlatformDatabase(ModuleDatabaseSettings Settings);
