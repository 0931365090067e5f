namespace TriThuc.Modules.Science.Projects;

/// <summary>Projects, found by code, status and level, lead and host unit; the application in practice is stored on the project.</summary>
internal sealed class ScienceProjectConfiguration : IEntityTypeConfiguration<ScienceProject>
{
    public void Configure(EntityTypeBuilder<ScienceProject> project)
    {
        project.ToTable("Projects");
        project.Property(p => p.Code).HasMaxLength(ProjectService.MaxCodeLength);
        project.HasIndex(p => p.Code).IsUnique();
        project.Property(p => p.Title).HasMaxLength(ProjectService.MaxTitleLength);
        project.Property(p => p.SearchTitle).HasMaxLength(ProjectService.MaxTitleLength);
        project.Property(p => p.FieldCode).HasMaxLength(40);
        project.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        project.Property(p => p.Status).HasConversion<string>().HasMaxLength(30);
        project.Property(p => p.Grade).HasConversion<string>().HasMaxLength(20);
        project.HasIndex(p => new { p.Status, p.Level });
        project.HasIndex(p => p.LeadId);
        project.HasIndex(p => p.HostUnitId);
        project.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Restrict);
        project.OwnsOne(p => p.Application, application =>
        {
            application.Property(a => a.Place).HasMaxLength(ProjectService.MaxTextLength);
            application.Property(a => a.Scale).HasMaxLength(ProjectService.MaxTextLength);
            application.Property(a => a.Effect).HasMaxLength(ProjectService.MaxTextLength);
        });
        project.Ignore(p => p.Participants);
    }
}

/// <summary>Project members: one row per person and project.</summary>
internal sealed class ProjectMemberConfiguration : IEntityTypeConfiguration<ProjectMember>
{
    public void Configure(EntityTypeBuilder<ProjectMember> member)
    {
        member.HasIndex(m => new { m.ProjectId, m.IntellectualId }).IsUnique();
        member.HasIndex(m => m.IntellectualId);
    }
}

/// <summary>The lifecycle history of each project.</summary>
internal sealed class ProjectTransitionConfiguration : IEntityTypeConfiguration<ProjectTransition>
{
    public void Configure(EntityTypeBuilder<ProjectTransition> transition)
    {
        transition.Property(t => t.From).HasConversion<string>().HasMaxLength(30);
        transition.Property(t => t.To).HasConversion<string>().HasMaxLength(30);
        transition.Property(t => t.ChangedBy).HasMaxLength(200);
        transition.Property(t => t.Reason).HasMaxLength(ProjectService.MaxTextLength);
        transition.HasOne<ScienceProject>().WithMany().HasForeignKey(t => t.ProjectId).OnDelete(DeleteBehavior.Restrict);
        transition.HasIndex(t => new { t.ProjectId, t.On });
    }
}
