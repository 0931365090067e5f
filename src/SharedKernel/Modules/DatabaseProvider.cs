namespace TriThuc.SharedKernel.Modules;

public enum DatabaseProvider
{
    /// <summary>The embedded default: one file per module, nothing to install.</summary>
    Sqlite,

    /// <summary>Production and scale-out: one schema per module, several hosts on one database.</summary>
    Postgres,
}
