using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Terms;

public sealed class AssociationsTermType : ObjectGraphType<Term>
{
    public AssociationsTermType()
    {
        Name = "AssociationsTerm";
        Description = "Một nhiệm kỳ của hội, từ đại hội đến đại hội sau, và ban lãnh đạo do đại hội bầu.";
        Field(t => t.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(t => t.AssociationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hội.");
        Field(t => t.Title).Description("Tên nhiệm kỳ (ví dụ Khóa III, 2023–2028).");
        Field(t => t.CongressDecision).Description("Số nghị quyết đại hội hoặc quyết định công nhận.");
        Field(t => t.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu.");
        Field(t => t.EndsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc dự kiến.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsTermLeaderType>>>>("leaders")
            .Description("Các chức danh trong ban lãnh đạo, cả những chức đã thôi giữ (leftOn), theo chức danh rồi ngày bầu.")
            .Resolve(c => c.Source.Leaders.OrderBy(l => l.Role).ThenBy(l => l.AppointedOn).ThenBy(l => l.Id).ToList());
    }
}

public sealed class AssociationsTermLeaderType : ObjectGraphType<TermLeader>
{
    public AssociationsTermLeaderType()
    {
        Name = "AssociationsTermLeader";
        Description = "Một chức danh một người giữ trong ban lãnh đạo của một nhiệm kỳ, từ ngày bầu đến ngày thôi giữ chức hoặc hết nhiệm kỳ.";
        Field(l => l.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", l => l.PersonId).Description("Trí thức (hồ sơ trong cơ sở dữ liệu trí thức).");
        Field<NonNullGraphType<EnumType<LeaderRole>>>("role").Description("Chức danh.").Resolve(c => c.Source.Role);
        Field(l => l.AppointedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bầu hoặc bổ nhiệm.");
        Field(l => l.LeftOn, type: typeof(DateOnlyGraphType)).Description("Ngày cuối cùng giữ chức; trống khi còn giữ chức đến hết nhiệm kỳ.");
        Field(l => l.LeftReason, nullable: true).Description("Lý do thôi giữ chức (quyết định, từ chức, nghỉ hưu, được bầu chức khác…).");
    }
}

public sealed class AssociationsTermInputType : InputObjectGraphType<TermInput>
{
    public AssociationsTermInputType()
    {
        Name = "AssociationsTermInput";
        Description = "Một nhiệm kỳ mới của hội.";
        Field(t => t.AssociationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hội, đang hoạt động vào ngày bắt đầu.");
        Field(t => t.Title).Description($"Tên nhiệm kỳ, tối đa {TermRules.MaxTitleLength} ký tự.");
        Field(t => t.CongressDecision).Description("Số nghị quyết đại hội hoặc quyết định công nhận.");
        Field(t => t.StartsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bắt đầu; sau nhiệm kỳ trước.");
        Field(t => t.EndsOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc dự kiến; nhiệm kỳ không dài hơn số năm theo điều lệ của hội có hiệu lực vào ngày bắt đầu (termYears(on:) của hội).");
    }
}

public sealed class AssociationsLeaderInputType : InputObjectGraphType<LeaderInput>
{
    public AssociationsLeaderInputType()
    {
        Name = "AssociationsLeaderInput";
        Description = "Một người được bầu hoặc bổ nhiệm vào ban lãnh đạo.";
        Field(l => l.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Trí thức, hội viên chính thức của hội vào ngày bầu.");
        Field<NonNullGraphType<EnumType<LeaderRole>>>("role").Description("Chức danh.");
        Field(l => l.AppointedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày bầu hoặc bổ nhiệm, trong nhiệm kỳ.");
    }
}

public sealed class AssociationsLeaderLeaveInputType : InputObjectGraphType<LeaderLeaveInput>
{
    public AssociationsLeaderLeaveInputType()
    {
        Name = "AssociationsLeaderLeaveInput";
        Description = "Một người thôi giữ chức trong nhiệm kỳ.";
        Field(l => l.LeftOn, type: typeof(NonNullGraphType<DateOnlyGraphType>))
            .Description("Ngày cuối cùng giữ chức: từ ngày bầu đến hết nhiệm kỳ, không sau hôm nay. Được bầu chức khác thì là ngày trước ngày nhận chức mới.");
        Field(l => l.Reason).Description($"Lý do (số quyết định, từ chức, nghỉ hưu, được bầu chức khác…), tối đa {TermRules.MaxReasonLength} ký tự.");
    }
}
