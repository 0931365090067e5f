namespace TriThuc.Modules.Science.Councils;

/// <summary>An appraisal council (hội đồng thẩm định) judges a proposal; an acceptance council (hội đồng nghiệm thu) judges the results.</summary>
public enum CouncilKind
{
    Appraisal,
    Acceptance,
}
