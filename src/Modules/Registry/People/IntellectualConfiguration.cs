using TriThuc.Modules.Registry.Reference;
using TriThuc.Modules.Registry.Units;

namespace TriThuc.Modules.Registry.People;

/// <summary>Persons, with the indexes the list, the duplicate search and the imports use.</summary>
internal sealed class IntellectualConfiguration : IEntityTypeConfiguration<Intellectual>
{
    public void Configure(EntityTypeBuilder<Intellectual> person)
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
        person.Property(p => p.NationalIdHash).HasMaxLength(64);
        person.HasIndex(p => p.NationalIdHash);
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
    }
}
