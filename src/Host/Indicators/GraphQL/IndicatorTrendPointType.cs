namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorTrendPointType : ObjectGraphType<IndicatorTrendPoint>
{
    public IndicatorTrendPointType()
    {
        Name = "IndicatorTrendPoint";
        Description = "Chỉ tiêu cuối một năm (năm đang chạy: hôm nay) và mức tăng giảm so với năm trước. Không có id: là một phần của chỉ tiêu (khóa trong chỉ tiêu: year).";
        Field<NonNullGraphType<IntGraphType>>("year").Description("Năm.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("Ngày đo: cuối năm, hoặc hôm nay với năm đang chạy.").Resolve(c => c.Source.Measurement.Period.AsOf);
        Field<DecimalGraphType>("change").Description("Chênh lệch giá trị so với năm trước; null ở năm đầu.").Resolve(c => c.Source.Change);
        IndicatorFigureFields.Add(this, p => p.Measurement.Indicator.Definition.Kind, p => p.Measurement.Figure, p => p.Measurement.Expected, p => p.Measurement.Status);
    }
}
