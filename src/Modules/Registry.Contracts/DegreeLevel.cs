namespace TriThuc.Modules.Registry.Contracts;

/// <summary>
/// The one ladder of degree levels: the Registry places each degree on it (<c>DegreeLadder</c>), a Talent policy's
/// target group and a workforce plan's targets count by it. Ordered, so "at least a master" compares.
/// </summary>
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
