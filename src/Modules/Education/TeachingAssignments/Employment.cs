namespace TriThuc.Modules.Education.TeachingAssignments;

[Name("EducationEmployment")]
[Description("Hình thức làm việc của giáo viên theo phân công: biên chế hay hợp đồng.")]
public enum Employment
{
    [Description("Biên chế")]
    PermanentStaff,
    [Description("Hợp đồng")]
    Contract,
}
