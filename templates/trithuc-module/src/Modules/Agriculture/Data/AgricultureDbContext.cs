using TriThuc.Modules.Agriculture.Things;

namespace TriThuc.Modules.Agriculture.Data;

/// <summary>The module's own database: its sets only; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed class AgricultureDbContext(DbContextOptions<AgricultureDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Thing> Things => Set<Thing>();
}
