namespace TriThuc.Host.Configuration;

public sealed class ModuleOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The module's own connection string; by default a SQLite file named after the module in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
