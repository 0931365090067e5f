namespace TriThuc.Modules.Science.Councils;

/// <summary>An appraisal council (hội đồng thẩm định) judges a proposal; an acceptance council (hội đồng nghiệm thu) judges the results.</summary>
[Name("ScienceCouncilKind")]
[Description("Loại hội đồng: thẩm định (APPRAISAL) hoặc nghiệm thu (ACCEPTANCE).")]
public enum CouncilKind
{
    [Description("Hội đồng thẩm định")]
    Appraisal,
    [Description("Hội đồng nghiệm thu")]
    Acceptance,
}
