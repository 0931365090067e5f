using TriThuc.Modules.University.Cooperation;
using TriThuc.Modules.University.Courses;
using TriThuc.Modules.University.Enrolments;
using TriThuc.Modules.University.Lecturers;
using TriThuc.Modules.University.Research;

namespace TriThuc.Modules.University.Data;

/// <summary>The University module's own database: its sets only; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed class UniversityDbContext(DbContextOptions<UniversityDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<ResearchOutput> ResearchOutputs => Set<ResearchOutput>();

    public DbSet<ResearchOutputAuthor> ResearchOutputAuthors => Set<ResearchOutputAuthor>();

    public DbSet<CooperationAgreement> CooperationAgreements => Set<CooperationAgreement>();

    public DbSet<CooperationActivity> CooperationActivities => Set<CooperationActivity>();

    public DbSet<LecturerWorkload> LecturerWorkloads => Set<LecturerWorkload>();
}
