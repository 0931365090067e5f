using TriThuc.Host.Indicators;
using TriThuc.Host.Indicators.GraphQL;

namespace TriThuc.Host.Reviews.GraphQL;

internal sealed class ReviewSnapshotIndicatorType : ObjectGraphType<ReviewSnapshotIndicator>
{
    public ReviewSnapshotIndicatorType()
    {
        Name = "ReviewSnapshotIndicator";
        Description = "Một chỉ tiêu như đã chốt tại ngày sơ kết, tổng kết; không đổi khi dữ liệu được sửa sau đó.";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("module").Resolve(c => c.Source.Module);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<IndicatorKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<DecimalGraphType>("targetValue").Resolve(c => c.Source.TargetValue);
        Field<IntGraphType>("targetYear").Resolve(c => c.Source.TargetYear);
        Field<StringGraphType>("targetDisplay").Resolve(c => c.Source.TargetValue is null ? null : IndicatorDisplay.Format(c.Source.Kind, c.Source.TargetValue));
        IndicatorFigureFields.Add(this, i => i.Kind, i => i.Figure, i => i.Expected, i => i.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IndicatorBreakdownRowType>>>>("breakdown")
            .Description("Phân tổ đã chốt theo một chiều: unit, field, gender, ethnicGroup...")
            .Argument<NonNullGraphType<StringGraphType>>("by")
            .Resolve(c => ReviewService.BreakdownOf(c.Source, c.GetArgument<string>("by")).Select(r => new KindedBreakdownRow(c.Source.Kind, r)).ToList());
    }
}
