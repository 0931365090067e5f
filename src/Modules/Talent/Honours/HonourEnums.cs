namespace TriThuc.Modules.Talent.Honours;

[Name("TalentNominationStatus")]
[Description("Trạng thái hồ sơ đề nghị tôn vinh.")]
public enum NominationStatus
{
    [Description("Đủ điều kiện, chờ hội đồng xét chọn")]
    Eligible,
    [Description("Không đủ điều kiện")]
    Ineligible,
    [Description("Được tôn vinh")]
    Honoured,
    [Description("Không được chọn")]
    NotSelected,
}

[Name("TalentNominationCriterion")]
[Description("Điều kiện của đợt tôn vinh mà hồ sơ đề nghị không đáp ứng.")]
public enum NominationCriterion
{
    [Description("Đơn vị đã đề nghị đủ số lượng được phân bổ")]
    OverQuota,
    [Description("Chưa đủ số năm công tác theo cơ sở dữ liệu trí thức")]
    TooFewYearsOfWork,
    [Description("Có thành tích đã được tôn vinh (mỗi thành tích chỉ khen một lần, Luật Thi đua, khen thưởng 06/2022/QH15)")]
    AchievementAlreadyHonoured,
}

[Name("TalentAchievementKind")]
[Description("Loại thành tích.")]
public enum AchievementKind
{
    [Description("Đề tài, nhiệm vụ khoa học và công nghệ")]
    ScienceProject,
    [Description("Sáng kiến, sáng chế")]
    Invention,
    [Description("Công trình, bài báo khoa học")]
    Publication,
    [Description("Giải thưởng")]
    Award,
    [Description("Đóng góp cho địa phương, cộng đồng")]
    Contribution,
    [Description("Khác")]
    Other,
}

[Name("TalentHonourCouncilRole")]
[Description("Vai trò trong hội đồng xét chọn.")]
public enum HonourCouncilRole
{
    [Description("Chủ tịch hội đồng")]
    Chair,
    [Description("Ủy viên")]
    Member,
}

[Name("TalentCouncilOutcome")]
[Description("Kết luận của hội đồng về một hồ sơ: chưa đủ điều kiện kết luận, đạt, không đạt.")]
public enum HonourOutcome
{
    [Description("Chưa đủ điều kiện kết luận")]
    Pending,
    [Description("Đạt")]
    Pass,
    [Description("Không đạt")]
    Fail,
}
