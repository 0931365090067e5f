namespace TriThuc.Modules.Education.Schools;

[Name("EducationSchoolLevel")]
[Description("Cấp học, loại trường.")]
public enum SchoolLevel
{
    [Description("Mầm non")]
    PreSchool,
    [Description("Tiểu học")]
    Primary,
    [Description("Trung học cơ sở")]
    LowerSecondary,
    [Description("Trung học phổ thông")]
    UpperSecondary,
    [Description("Trung học phổ thông chuyên")]
    SpecialisedUpperSecondary,
    [Description("Phổ thông dân tộc nội trú")]
    EthnicBoarding,
    [Description("Phổ thông dân tộc bán trú")]
    EthnicSemiBoarding,
    [Description("Giáo dục thường xuyên")]
    ContinuingEducation,
}
