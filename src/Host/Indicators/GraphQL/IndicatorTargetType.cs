namespace TriThuc.Host.Indicators.GraphQL;

/// <summary>A target with the kind of its indicator, so that it can be written out.</summary>
internal sealed record KindedTarget(IndicatorKind Kind, IndicatorTarget Target);

internal sealed class IndicatorTargetType : ObjectGraphType<KindedTarget>
{
    public IndicatorTargetType()
    {
        Name = "IndicatorTarget";
        Description = "Mục tiêu của Chương trình hành động cho chỉ tiêu. Không có id: là một phần của chỉ tiêu chứa nó.";
        Field<NonNullGraphType<DecimalGraphType>>("value").Description("Mục tiêu, cùng đơn vị với giá trị (tỷ lệ: 0,7 = 70%).").Resolve(c => c.Source.Target.Value);
        Field<NonNullGraphType<StringGraphType>>("display").Description("Mục tiêu viết sẵn để hiển thị (ví dụ \"70%\").").Resolve(c => IndicatorDisplay.Format(c.Source.Kind, c.Source.Target.Value));
        Field<NonNullGraphType<IntGraphType>>("year").Description("Năm phải đạt.").Resolve(c => c.Source.Target.Year);
        Field<NonNullGraphType<DateOnlyGraphType>>("deadline").Description("Hạn phải đạt: ngày cuối của năm mục tiêu.").Resolve(c => c.Source.Target.Deadline);
        Field<NonNullGraphType<EnumType<TargetComparison>>>("comparison").Description("Đạt khi bằng hoặc vượt, hay khi không vượt mục tiêu.").Resolve(c => c.Source.Target.Comparison);
        Field<NonNullGraphType<BooleanGraphType>>("everyYear").Description("Mục tiêu phải đạt lại mỗi năm (ví dụ 100% được bồi dưỡng hằng năm).").Resolve(c => c.Source.Target.EveryYear);
    }
}
