namespace TriThuc.Modules.University.Courses;

/// <summary>Courses by start day and kind; titles kept folded beside them for search.</summary>
internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> course)
    {
        course.Property(c => c.Title).HasMaxLength(CourseRules.MaxTitleLength);
        course.Property(c => c.SearchTitle).HasMaxLength(CourseRules.MaxTitleLength);
        course.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        course.HasIndex(c => new { c.StartDate, c.Kind });
    }
}
