namespace TriThuc.Modules.Talent.Experts;

[Name("TalentExpertOrigin")]
[Description("Chuyên gia là người Việt Nam ở nước ngoài hay người nước ngoài.")]
public enum ExpertOrigin
{
    [Description("Người Việt Nam ở nước ngoài")]
    OverseasVietnamese,
    [Description("Chuyên gia nước ngoài")]
    Foreign,
}
