namespace TriThuc.Modules.Talent.Cases;

/// <summary>Each criterion of a policy's target group an application can fail; an ineligible case names every one it failed.</summary>
[Name("TalentEligibilityCriterion")]
[Description("Tiêu chí đối tượng của chính sách mà hồ sơ không đáp ứng.")]
public enum EligibilityCriterion
{
    [Description("Chính sách không có hiệu lực vào ngày nộp hồ sơ")]
    PolicyNotInForce,
    [Description("Trình độ thấp hơn trình độ tối thiểu của chính sách")]
    Degree,
    [Description("Lĩnh vực chuyên môn không thuộc lĩnh vực chính sách áp dụng")]
    Field,
    [Description("Quá tuổi tối đa vào ngày nộp hồ sơ")]
    Age,
    [Description("Đơn vị dự kiến không ở xã khu vực III hoặc thôn đặc biệt khó khăn vào ngày nộp hồ sơ")]
    Area,
}
