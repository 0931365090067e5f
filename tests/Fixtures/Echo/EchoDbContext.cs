using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Data;

namespace TriThuc.Fixtures.Echo;

public sealed class EchoDbContext(DbContextOptions<EchoDbContext> options) : ModuleDbContext(options)
{
    public DbSet<EchoRecord> Echoes => Set<EchoRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<EchoRecord>().ToTable("Echoes");
    }
}
