namespace TriThuc.Modules.Education.Gifted;

[Name("EducationContestLevel")]
[Description("Cấp của kỳ thi học sinh giỏi.")]
public enum ContestLevel
{
    [Description("Cấp tỉnh")]
    Provincial,
    [Description("Cấp quốc gia (Thông tư 17/2023/TT-BGDĐT)")]
    National,
    [Description("Chọn đội tuyển dự thi Olympic quốc tế, khu vực")]
    OlympiadSelection,
}
