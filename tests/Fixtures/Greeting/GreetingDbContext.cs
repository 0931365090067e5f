using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Data;

namespace TriThuc.Fixtures.Greeting;

public sealed class GreetingDbContext(DbContextOptions<GreetingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<GreetingRecord> Greetings => Set<GreetingRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<GreetingRecord>(greeting =>
        {
            greeting.ToTable("Greetings");
            greeting.Property(g => g.Text).HasMaxLength(200);
        });
    }
}
