namespace TriThuc.Host.Indicators.GraphQL;

internal sealed class IndicatorValueType : ObjectGraphType<IndicatorMeasurement>
{
    public IndicatorValueType()
    {
        Name = "IndicatorValue";
        Description = "Giá trị một chỉ tiêu tại ngày đo, so với lộ trình tới mục tiêu. Không có id: là một phần của chỉ tiêu chứa nó.";
        Field<NonNullGraphType<DateOnlyGraphType>>("asOf").Description("Ngày đo.").Resolve(c => c.Source.Period.AsOf);
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("Ngày đầu được tính: 1/1 với chỉ tiêu cộng dồn trong năm, nếu không thì chính ngày đo.").Resolve(c => c.Source.From);
        IndicatorFigureFields.Add(this, m => m.Indicator.Definition.Kind, m => m.Figure, m => m.Expected, m => m.Status);
    }
}
