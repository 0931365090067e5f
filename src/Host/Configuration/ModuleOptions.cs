namespace TriThuc.Host.Configuration;

public sealed class ModuleOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The module's own database provider; by default the platform's (<c>TriThuc:Database:Provider</c>).</summary>
    public SharedKernel.Modules.DatabaseProvider? Provider { get; set; }

    /// <summary>
    /// The module's own connection string; by default a SQLite file named after the module in the data folder,
    /// or, on PostgreSQL, the platform's database (the module then lives in a schema named after it).
    /// </summary>
    public string? ConnectionString { get; set; }
}
