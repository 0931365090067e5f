using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.Careers;

/// <summary>Degrees, found by person.</summary>
internal sealed class QualificationConfiguration : IEntityTypeConfiguration<Qualification>
{
    public void Configure(EntityTypeBuilder<Qualification> qualification)
    {
        qualification.Property(q => q.Degree).HasConversion<string>().HasMaxLength(30);
        qualification.Property(q => q.Field).HasMaxLength(200);
        qualification.Property(q => q.FieldCode).HasMaxLength(50);
        qualification.Property(q => q.Institution).HasMaxLength(300);
        qualification.Property(q => q.Country).HasMaxLength(100);
        qualification.HasOne<Intellectual>().WithMany().HasForeignKey(q => q.IntellectualId).OnDelete(DeleteBehavior.Restrict);
        qualification.HasIndex(q => new { q.IntellectualId, q.Degree });
    }
}

/// <summary>Languages, found by person.</summary>
internal sealed class LanguageSkillConfiguration : IEntityTypeConfiguration<LanguageSkill>
{
    public void Configure(EntityTypeBuilder<LanguageSkill> language)
    {
        language.Property(l => l.Language).HasMaxLength(50);
        language.HasOne<Intellectual>().WithMany().HasForeignKey(l => l.IntellectualId).OnDelete(DeleteBehavior.Restrict);
        language.HasIndex(l => l.IntellectualId);
    }
}

/// <summary>Posts, found by person and start.</summary>
internal sealed class LeadershipPositionConfiguration : IEntityTypeConfiguration<LeadershipPosition>
{
    public void Configure(EntityTypeBuilder<LeadershipPosition> position)
    {
        position.Property(p => p.Title).HasMaxLength(200);
        position.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        position.Property(p => p.RequiredDegree).HasConversion<string>().HasMaxLength(30);
        position.Property(p => p.RequiredFieldCode).HasMaxLength(50);
        position.HasOne<Intellectual>().WithMany().HasForeignKey(p => p.IntellectualId).OnDelete(DeleteBehavior.Restrict);
        position.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        position.HasIndex(p => new { p.IntellectualId, p.StartDate });
    }
}

/// <summary>Trainings, found by person and end.</summary>
internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> training)
    {
        training.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        training.Property(t => t.Title).HasMaxLength(300);
        training.Property(t => t.Provider).HasMaxLength(300);
        training.Property(t => t.Certificate).HasMaxLength(100);
        training.HasOne<Intellectual>().WithMany().HasForeignKey(t => t.IntellectualId).OnDelete(DeleteBehavior.Restrict);
        training.HasIndex(t => new { t.IntellectualId, t.EndDate });
    }
}

/// <summary>Honours, found by person.</summary>
internal sealed class HonourConfiguration : IEntityTypeConfiguration<Honour>
{
    public void Configure(EntityTypeBuilder<Honour> honour)
    {
        honour.Property(h => h.Title).HasMaxLength(300);
        honour.Property(h => h.AwardedBy).HasMaxLength(300);
        honour.HasOne<Intellectual>().WithMany().HasForeignKey(h => h.IntellectualId).OnDelete(DeleteBehavior.Restrict);
        honour.HasIndex(h => h.IntellectualId);
    }
}
