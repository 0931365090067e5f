using Microsoft.EntityFrameworkCore;
using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;
using TriThuc.SharedKernel.Data;

namespace TriThuc.Modules.Registry.Data;

public sealed class RegistryDbContext(DbContextOptions<RegistryDbContext> options) : ModuleDbContext(options)
{
    public DbSet<OrganisationUnit> Units => Set<OrganisationUnit>();

    public DbSet<Intellectual> Intellectuals => Set<Intellectual>();

    public DbSet<Qualification> Qualifications => Set<Qualification>();

    public DbSet<LanguageSkill> LanguageSkills => Set<LanguageSkill>();

    public DbSet<LeadershipPosition> LeadershipPositions => Set<LeadershipPosition>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<Honour> Honours => Set<Honour>();

    public DbSet<EthnicGroup> EthnicGroups => Set<EthnicGroup>();

    public DbSet<ExpertiseField> ExpertiseFields => Set<ExpertiseField>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<EthnicGroup>(group =>
        {
            group.HasKey(g => g.Code);
            group.Property(g => g.Code).HasMaxLength(2);
            group.Property(g => g.Name).HasMaxLength(50);
            group.HasData(ReferenceData.EthnicGroups);
        });
        modelBuilder.Entity<ExpertiseField>(field =>
        {
            field.HasKey(f => f.Code);
            field.Property(f => f.Code).HasMaxLength(40);
            field.Property(f => f.Name).HasMaxLength(100);
            field.HasData(ReferenceData.ExpertiseFields);
        });

        modelBuilder.Entity<OrganisationUnit>(unit =>
        {
            unit.ToTable("Units");
            unit.Property(u => u.Code).HasMaxLength(30);
            unit.HasIndex(u => u.Code).IsUnique();
            unit.Property(u => u.Name).HasMaxLength(300);
            unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(30);
            unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
            unit.HasOne<OrganisationUnit>().WithMany().HasForeignKey(u => u.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            unit.HasIndex(u => u.ParentId);
        });

        modelBuilder.Entity<Intellectual>(person =>
        {
            person.Property(p => p.FullName).HasMaxLength(200);
            person.Property(p => p.SearchName).HasMaxLength(200);
            person.HasIndex(p => p.SearchName);
            person.HasIndex(p => new { p.DateOfBirth, p.SearchName }); // duplicate checks: same birth date, same or close name
            person.HasIndex(p => new { p.UnitId, p.DateOfBirth });
            person.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
            person.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            person.Property(p => p.NationalId).HasMaxLength(12);
            person.HasIndex(p => p.NationalId).IsUnique().HasFilter("\"NationalId\" IS NOT NULL");
            person.Property(p => p.StaffCode).HasMaxLength(50);
            person.HasIndex(p => p.StaffCode);
            person.Property(p => p.Phone).HasMaxLength(20);
            person.Property(p => p.Email).HasMaxLength(200);
            person.Property(p => p.JobTitle).HasMaxLength(200);
            person.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            person.HasIndex(p => p.UnitId);
            person.HasOne<EthnicGroup>().WithMany().HasForeignKey(p => p.EthnicGroupCode).OnDelete(DeleteBehavior.Restrict);
            person.HasOne<ExpertiseField>().WithMany().HasForeignKey(p => p.FieldCode).OnDelete(DeleteBehavior.Restrict);
            person.Property(p => p.AcademicTitle).HasConversion<string>().HasMaxLength(30);
            person.Property(p => p.PoliticalTheoryLevel).HasConversion<string>().HasMaxLength(20);
        });

        modelBuilder.Entity<Qualification>(qualification =>
        {
            qualification.Property(q => q.Degree).HasConversion<string>().HasMaxLength(30);
            qualification.Property(q => q.Field).HasMaxLength(200);
            qualification.Property(q => q.Institution).HasMaxLength(300);
            qualification.Property(q => q.Country).HasMaxLength(100);
            qualification.HasOne<Intellectual>().WithMany().HasForeignKey(q => q.IntellectualId).OnDelete(DeleteBehavior.Restrict);
            qualification.HasIndex(q => new { q.IntellectualId, q.Degree });
        });
        modelBuilder.Entity<LanguageSkill>(language =>
        {
            language.Property(l => l.Language).HasMaxLength(50);
            language.HasOne<Intellectual>().WithMany().HasForeignKey(l => l.IntellectualId).OnDelete(DeleteBehavior.Restrict);
            language.HasIndex(l => l.IntellectualId);
        });
        modelBuilder.Entity<LeadershipPosition>(position =>
        {
            position.Property(p => p.Title).HasMaxLength(200);
            position.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
            position.Property(p => p.RequiredDegree).HasConversion<string>().HasMaxLength(30);
            position.HasOne<Intellectual>().WithMany().HasForeignKey(p => p.IntellectualId).OnDelete(DeleteBehavior.Restrict);
            position.HasOne<OrganisationUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
            position.HasIndex(p => new { p.IntellectualId, p.StartDate });
        });
        modelBuilder.Entity<Training>(training =>
        {
            training.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            training.Property(t => t.Title).HasMaxLength(300);
            training.Property(t => t.Provider).HasMaxLength(300);
            training.Property(t => t.Certificate).HasMaxLength(100);
            training.HasOne<Intellectual>().WithMany().HasForeignKey(t => t.IntellectualId).OnDelete(DeleteBehavior.Restrict);
            training.HasIndex(t => new { t.IntellectualId, t.EndDate });
        });
        modelBuilder.Entity<Honour>(honour =>
        {
            honour.Property(h => h.Title).HasMaxLength(300);
            honour.Property(h => h.AwardedBy).HasMaxLength(300);
            honour.HasOne<Intellectual>().WithMany().HasForeignKey(h => h.IntellectualId).OnDelete(DeleteBehavior.Restrict);
            honour.HasIndex(h => h.IntellectualId);
        });
    }
}
