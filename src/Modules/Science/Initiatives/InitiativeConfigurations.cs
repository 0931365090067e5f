namespace TriThuc.Modules.Science.Initiatives;

/// <summary>Initiatives and patents, found by year.</summary>
internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> initiative)
    {
        initiative.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        initiative.Property(i => i.Level).HasConversion<string>().HasMaxLength(20);
        initiative.Property(i => i.Title).HasMaxLength(500);
        initiative.Property(i => i.SearchTitle).HasMaxLength(500);
        initiative.Property(i => i.Number).HasMaxLength(50);
        initiative.HasIndex(i => i.Year);
        initiative.HasMany(i => i.Holders).WithOne().HasForeignKey(h => h.InitiativeId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Holders: one row per person and initiative.</summary>
internal sealed class InitiativeHolderConfiguration : IEntityTypeConfiguration<InitiativeHolder>
{
    public void Configure(EntityTypeBuilder<InitiativeHolder> holder)
    {
        holder.HasIndex(h => new { h.InitiativeId, h.IntellectualId }).IsUnique();
        holder.HasIndex(h => h.IntellectualId);
    }
}
