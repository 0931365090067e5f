namespace TriThuc.Host.Indicators.GraphQL;

/// <summary>The number fields every figure-bearing type shares: numerator, denominator, value, display, expected, status.</summary>
internal static class IndicatorFigureFields
{
    public static void Add<TSource>(
        ObjectGraphType<TSource> type,
        Func<TSource, IndicatorKind> kind,
        Func<TSource, IndicatorFigure> figure,
        Func<TSource, decimal?> expected,
        Func<TSource, IndicatorStatus?> status)
    {
        type.Field<NonNullGraphType<DecimalGraphType>>("numerator")
            .Description("Tử số (với số lượng, số tiền: chính giá trị).").Resolve(c => figure(c.Source).Numerator);
        type.Field<DecimalGraphType>("denominator")
            .Description("Mẫu số, chỉ với tỷ lệ.").Resolve(c => figure(c.Source).Denominator);
        type.Field<DecimalGraphType>("value")
            .Description("Giá trị: tỷ lệ dạng thập phân (0,7 = 70%), số lượng hoặc số tiền; null khi mẫu số bằng 0.").Resolve(c => figure(c.Source).Value);
        type.Field<NonNullGraphType<StringGraphType>>("display")
            .Description("Giá trị viết sẵn để hiển thị, ví dụ \"72,5%\".").Resolve(c => IndicatorDisplay.Format(kind(c.Source), figure(c.Source).Value));
        type.Field<DecimalGraphType>("expected")
            .Description("Giá trị cần có tại ngày đo theo lộ trình đường thẳng tới mục tiêu.").Resolve(c => expected(c.Source));
        type.Field<EnumType<IndicatorStatus>>("status").Description("Tình trạng so với lộ trình tới mục tiêu; trống khi chỉ tiêu không có mục tiêu.").Resolve(c => status(c.Source));
        type.Field<StringGraphType>("statusName").Description("Đánh giá bằng lời.").Resolve(c => status(c.Source) is null ? null : IndicatorDisplay.StatusName(status(c.Source)));
    }
}
