namespace TriThuc.Modules.Talent.Policies;

/// <summary>The degree levels a policy's target group and a plan's targets count by; ordered, so "at least a master" compares.</summary>
[Name("TalentDegreeLevel")]
[Description("Trình độ đào tạo.")]
public enum DegreeLevel
{
    [Description("Đại học")]
    University = 1,
    [Description("Thạc sĩ")]
    Master = 2,
    [Description("Tiến sĩ")]
    Doctor = 3,
}
