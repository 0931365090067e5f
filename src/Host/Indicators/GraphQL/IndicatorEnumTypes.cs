namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorKindType : EnumerationGraphType<IndicatorKind>
{
    public IndicatorKindType()
    {
        Name = "IndicatorKind";
        Description = "Cách tính: SHARE tỷ lệ (tử số/mẫu số), COUNT số lượng, AMOUNT tổng số tiền (đồng).";
    }
}

internal sealed class IndicatorPeriodKindType : EnumerationGraphType<IndicatorPeriodKind>
{
    public IndicatorPeriodKindType()
    {
        Name = "IndicatorPeriodKind";
        Description = "AT_DATE: tình trạng tại một ngày; YEAR_TO_DATE: cộng dồn từ 1/1 đến ngày đo.";
    }
}

internal sealed class TargetComparisonType : EnumerationGraphType<TargetComparison>
{
    public TargetComparisonType()
    {
        Name = "TargetComparison";
        Description = "AT_LEAST: đạt khi bằng hoặc vượt mục tiêu; AT_MOST: đạt khi không vượt mục tiêu.";
    }
}

internal sealed class IndicatorStatusType : EnumerationGraphType<IndicatorStatus>
{
    public IndicatorStatusType()
    {
        Name = "IndicatorStatus";
        Description = "MET đạt; ON_TRACK chưa đạt nhưng đúng lộ trình đường thẳng tới mục tiêu; BEHIND chậm so với lộ trình; NO_DATA mẫu số bằng 0.";
    }
}
