namespace TriThuc.Modules.Talent.Policies;

[Name("TalentLegalInstrumentKind")]
[Description("Loại văn bản làm căn cứ của chính sách.")]
public enum LegalInstrumentKind
{
    [Description("Luật")]
    Law,
    [Description("Nghị định của Chính phủ")]
    Decree,
    [Description("Quyết định của Thủ tướng Chính phủ")]
    PrimeMinisterDecision,
    [Description("Nghị quyết của Hội đồng nhân dân tỉnh")]
    PeoplesCouncilResolution,
    [Description("Quyết định của Ủy ban nhân dân tỉnh")]
    PeoplesCommitteeDecision,
}
