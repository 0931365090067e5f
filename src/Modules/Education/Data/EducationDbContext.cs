using TriThuc.Modules.Education.Assessments;
using TriThuc.Modules.Education.Gifted;
using TriThuc.Modules.Education.Schools;
using TriThuc.Modules.Education.TeachingAssignments;
using TriThuc.Modules.Education.Training;

namespace TriThuc.Modules.Education.Data;

/// <summary>The module's own database: its sets only; each entity's mapping lives beside it (<c>*Configuration.cs</c>).</summary>
public sealed class EducationDbContext(DbContextOptions<EducationDbContext> options) : ModuleDbContext(options)
{
    public DbSet<School> Schools => Set<School>();

    public DbSet<StandardAssessment> StandardAssessments => Set<StandardAssessment>();

    public DbSet<TeachingAssignment> TeachingAssignments => Set<TeachingAssignment>();

    public DbSet<InServiceTraining> InServiceTrainings => Set<InServiceTraining>();

    public DbSet<Contest> Contests => Set<Contest>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<Entry> Entries => Set<Entry>();
}
