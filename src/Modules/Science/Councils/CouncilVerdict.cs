namespace TriThuc.Modules.Science.Councils;

[Name("ScienceCouncilVerdict")]
[Description("Kết luận của hội đồng: chưa đủ điều kiện kết luận (PENDING), đạt, không đạt.")]
public enum CouncilVerdict
{
    /// <summary>Not enough seats, no chair, or a member has not scored yet.</summary>
    [Description("Chưa đủ điều kiện kết luận")]
    Pending,
    [Description("Đạt")]
    Pass,
    [Description("Không đạt")]
    Fail,
}
