namespace TriThuc.Modules.Talent.Plans;

public sealed class TalentWorkforcePlanType : ObjectGraphType<WorkforcePlan>
{
    public TalentWorkforcePlanType()
    {
        Name = "TalentWorkforcePlan";
        Description = "Kế hoạch phát triển đội ngũ trí thức cho một giai đoạn, với chỉ tiêu từng năm theo đơn vị (cả các đơn vị trực thuộc) và lĩnh vực.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.Code).Description("Mã kế hoạch.");
        Field(p => p.Title).Description("Tên kế hoạch.");
        Field(p => p.FromYear).Description("Năm đầu của giai đoạn.");
        Field(p => p.ToYear).Description("Năm cuối của giai đoạn.");
        Field(p => p.Decision, nullable: true).Description("Quyết định phê duyệt.");
        Field(p => p.YoungUnderAge).Description("Trí thức trẻ: dưới số tuổi này vào ngày đo.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentPlanTargetType>>>>("targets")
            .Description("Các chỉ tiêu, theo năm, đơn vị, lĩnh vực và loại chỉ tiêu.")
            .Argument<IntGraphType>("year", "Chỉ các chỉ tiêu của năm này.")
            .Resolve(c => c.Source.Targets
                .Where(t => c.GetArgument<int?>("year") is not { } year || t.Year == year)
                .OrderBy(t => t.Year).ThenBy(t => t.UnitId).ThenBy(t => t.FieldCode, StringComparer.Ordinal).ThenBy(t => t.Measure).ToList());
    }
}

public sealed class TalentPlanTargetType : ObjectGraphType<PlanTarget>
{
    public TalentPlanTargetType()
    {
        Name = "TalentPlanTarget";
        Description = "Một chỉ tiêu của kế hoạch cho một năm, một đơn vị (tính cả các đơn vị trực thuộc) và một lĩnh vực.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.Year).Description("Năm.");
        Field(t => t.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị; chỉ tiêu tính cho cả các đơn vị trực thuộc.");
        Field(t => t.FieldCode, nullable: true).Description("Mã lĩnh vực; trống là mọi lĩnh vực.");
        Field<NonNullGraphType<EnumType<PlanMeasure>>>("measure").Description("Loại chỉ tiêu.").Resolve(c => c.Source.Measure);
        Field(t => t.Value).Description("Mức chỉ tiêu: số người, hoặc tỷ lệ (0,3 là 30%).");
    }
}

public sealed class TalentPlanGapType : ObjectGraphType<PlanGap>
{
    public TalentPlanGapType()
    {
        Name = "TalentPlanGap";
        Description = "Chỉ tiêu kế hoạch đặt cạnh số liệu thực tế của cơ sở dữ liệu trí thức vào một ngày, cho một đơn vị (cả các đơn vị trực thuộc) và một lĩnh vực. Không có id: tính khi được hỏi (khóa: unitId, fieldCode, measure với kế hoạch và ngày đã hỏi).";
        Field(g => g.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị.");
        Field(g => g.UnitName).Description("Tên đơn vị.");
        Field(g => g.FieldCode, nullable: true).Description("Mã lĩnh vực; trống là mọi lĩnh vực.");
        Field<NonNullGraphType<EnumType<PlanMeasure>>>("measure").Description("Loại chỉ tiêu.").Resolve(c => c.Source.Measure);
        Field(g => g.Target, nullable: true).Description("Mức chỉ tiêu của năm; trống khi kế hoạch không đặt chỉ tiêu cho đơn vị và lĩnh vực này.");
        Field<NonNullGraphType<BooleanGraphType>>("suppressed")
            .Description("Số liệu bị ẩn: tỷ lệ (trẻ, nữ, dân tộc thiểu số) của một nhóm ít người hơn ngưỡng nhóm nhỏ cho biết đặc điểm của từng người, nên là dữ liệu cá nhân; chỉ người có quyền personal-data:read được xem (mỗi lần xem được ghi nhật ký). Khi bị ẩn, actual, count, total, gap và met để trống.")
            .Resolve(c => c.Source.Suppressed);
        Field<DecimalGraphType>("actual").Description("Thực tế vào ngày đo: số người, hoặc tỷ lệ (count / total). Trống khi số liệu bị ẩn (suppressed).")
            .Resolve(c => c.Source.Shown.Actual);
        Field<IntGraphType>("count").Description("Số người được đếm (với tỷ lệ: tử số). Trống khi số liệu bị ẩn (suppressed).").Resolve(c => c.Source.Shown.Count);
        Field<IntGraphType>("total").Description("Tổng số trí thức của đơn vị và lĩnh vực vào ngày đo (mẫu số của tỷ lệ). Trống khi số liệu bị ẩn (suppressed).")
            .Resolve(c => c.Source.Shown.Total);
        Field<DecimalGraphType>("gap").Description("Thực tế trừ chỉ tiêu: số âm là còn thiếu. Trống khi không có chỉ tiêu hoặc số liệu bị ẩn.").Resolve(c => c.Source.Shown.Gap);
        Field<BooleanGraphType>("met").Description("Đã đạt chỉ tiêu chưa. Trống khi không có chỉ tiêu hoặc số liệu bị ẩn.").Resolve(c => c.Source.Shown.Met);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentPlanGapType>>>>("byUnit")
            .Description("Cùng chỉ tiêu ở từng đơn vị trực thuộc trực tiếp, với chỉ tiêu riêng của đơn vị nếu có.")
            .Resolve(c => c.Source.Figures.ByUnit(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentPlanGapType>>>>("byField")
            .Description("Với chỉ tiêu mọi lĩnh vực: cùng chỉ tiêu ở từng lĩnh vực có người hoặc có chỉ tiêu.")
            .Resolve(c => c.Source.Figures.ByField(c.Source));
    }
}

public sealed class TalentWorkforcePlanInputType : InputObjectGraphType<WorkforcePlanInput>
{
    public TalentWorkforcePlanInputType()
    {
        Name = "TalentWorkforcePlanInput";
        Description = "Một kế hoạch phát triển đội ngũ trí thức mới.";
        Field(p => p.Code).Description($"Mã kế hoạch, duy nhất, tối đa {PlanRules.MaxCodeLength} ký tự không dấu.");
        Field(p => p.Title).Description($"Tên kế hoạch, tối đa {PlanRules.MaxTitleLength} ký tự.");
        Field(p => p.FromYear).Description("Năm đầu của giai đoạn.");
        Field(p => p.ToYear).Description($"Năm cuối của giai đoạn (tối đa {PlanRules.MaxYears} năm).");
        Field(p => p.Decision, nullable: true).Description("Số quyết định phê duyệt.");
        Field(p => p.YoungUnderAge, nullable: true).Description($"Trí thức trẻ: dưới số tuổi này (mặc định {PlanRules.DefaultYoungUnderAge}).");
    }
}

public sealed class TalentPlanTargetInputType : InputObjectGraphType<PlanTargetInput>
{
    public TalentPlanTargetInputType()
    {
        Name = "TalentPlanTargetInput";
        Description = "Một chỉ tiêu; chỉ tiêu cùng năm, đơn vị, lĩnh vực và loại đã có thì được thay.";
        Field(t => t.Year).Description("Năm, trong giai đoạn của kế hoạch.");
        Field(t => t.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị (chỉ tiêu tính cả các đơn vị trực thuộc).");
        Field(t => t.FieldCode, nullable: true).Description("Mã lĩnh vực; bỏ trống là mọi lĩnh vực.");
        Field<NonNullGraphType<EnumType<PlanMeasure>>>("measure").Description("Loại chỉ tiêu.");
        Field(t => t.Value).Description("Số người (số nguyên), hoặc tỷ lệ từ 0 đến 1 với các chỉ tiêu tỷ lệ.");
    }
}
