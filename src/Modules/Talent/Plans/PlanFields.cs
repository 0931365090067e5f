namespace TriThuc.Modules.Talent.Plans;

/// <summary>Workforce development plans: the list, one, creating one, setting its targets, and the plan beside the actual figures.</summary>
internal sealed class PlanFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<TalentWorkforcePlanType>("talentWorkforcePlans")
            .Description("Các kế hoạch phát triển đội ngũ trí thức, theo tên.")
            .Argument<StringGraphType>("search", "Tìm theo tên, không phân biệt dấu.")
            .Access(FieldAccess.Aggregates)
            .Page((PlanService plans, FieldArgs a) => plans.Query(a.Get<string?>("search", null)));
        graphql.Query.Field<NonNullGraphType<TalentWorkforcePlanType>>("talentWorkforcePlan")
            .Description("Một kế hoạch với các chỉ tiêu.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync((PlanService plans, FieldArgs a) => plans.GetAsync(a.Id, a.Cancellation));
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentPlanGapType>>>>("talentWorkforcePlanGaps")
            .Description("Các chỉ tiêu của năm chứa ngày đo đặt cạnh số liệu thực tế của cơ sở dữ liệu trí thức vào ngày đó, với phần chênh lệch; chi tiết theo đơn vị (byUnit) và lĩnh vực (byField).")
            .Argument<NonNullGraphType<IdGraphType>>("planId", "Kế hoạch.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("on", "Ngày đo.")
            .Argument<IdGraphType>("unitId", "Chỉ các chỉ tiêu của đơn vị này và các đơn vị trực thuộc.")
            .Argument<StringGraphType>("fieldCode", "Chỉ các chỉ tiêu của lĩnh vực này.")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync((PlanService plans, FieldArgs a) =>
                plans.GapsAsync(a.Get<Guid>("planId"), a.Get<DateOnly>("on"), a.Get<Guid?>("unitId", null), a.Get<string?>("fieldCode", null), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<TalentWorkforcePlanType>>("createTalentWorkforcePlan")
            .Description("Ghi nhận một kế hoạch phát triển đội ngũ trí thức cho một giai đoạn.")
            .Argument<NonNullGraphType<TalentWorkforcePlanInputType>>("input")
            .Writes()
            .ResolveAsync((PlanService plans, FieldArgs a) => plans.CreateAsync(a.Input<WorkforcePlanInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentWorkforcePlanType>>("setTalentWorkforcePlanTargets")
            .Description("Đặt các chỉ tiêu của kế hoạch; chỉ tiêu cùng năm, đơn vị, lĩnh vực và loại đã có thì được thay. Một chỉ tiêu sai thì không chỉ tiêu nào được ghi.")
            .Argument<NonNullGraphType<IdGraphType>>("planId", "Kế hoạch.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<TalentPlanTargetInputType>>>>("targets", "Các chỉ tiêu.")
            .Writes()
            .ResolveAsync((PlanService plans, FieldArgs a) => plans.SetTargetsAsync(a.Get<Guid>("planId"), a.Get<List<PlanTargetInput>>("targets"), a.Cancellation));
    }
}
