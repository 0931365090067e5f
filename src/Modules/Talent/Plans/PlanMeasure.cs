namespace TriThuc.Modules.Talent.Plans;

/// <summary>What a plan's target counts: head counts by highest degree and by academic title, or the share of young, women and ethnic-minority intellectuals.</summary>
[Name("TalentPlanMeasure")]
[Description("Chỉ tiêu của kế hoạch phát triển đội ngũ trí thức: số người theo trình độ, học hàm, tỷ lệ trí thức trẻ, nữ, người dân tộc thiểu số, hoặc số người được thu hút trong năm.")]
public enum PlanMeasure
{
    [Description("Tổng số trí thức")]
    Headcount,
    [Description("Số người có trình độ cao nhất là đại học")]
    University,
    [Description("Số người có trình độ cao nhất là thạc sĩ (hoặc tương đương)")]
    Master,
    [Description("Số người có trình độ tiến sĩ (hoặc tương đương)")]
    Doctor,
    [Description("Số Phó Giáo sư")]
    AssociateProfessor,
    [Description("Số Giáo sư")]
    Professor,
    [Description("Tỷ lệ trí thức trẻ")]
    YoungShare,
    [Description("Tỷ lệ trí thức nữ")]
    WomenShare,
    [Description("Tỷ lệ trí thức người dân tộc thiểu số")]
    EthnicMinorityShare,
    [Description("Số người được tuyển dụng theo chính sách thu hút từ đầu năm")]
    Recruited,
}
