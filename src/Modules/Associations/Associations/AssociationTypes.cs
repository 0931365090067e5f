using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Associations.Terms;

namespace TriThuc.Modules.Associations.Associations;

public sealed class AssociationsAssociationType : ObjectGraphType<Association>
{
    public AssociationsAssociationType()
    {
        Name = "AssociationsAssociation";
        Description = "Một hội (Nghị định 126/2024/NĐ-CP): loại, hội cấp trên, lĩnh vực, quyết định thành lập và phê duyệt điều lệ, các lần sửa đổi điều lệ, các quyết định về tình trạng.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Title).Description("Tên hội.");
        Field<NonNullGraphType<EnumType<AssociationKind>>>("kind").Description("Loại hội.").Resolve(c => c.Source.Kind);
        Field(a => a.ParentId, type: typeof(IdGraphType)).Description("Hội cấp trên; trống khi không có.");
        Field(a => a.Field).Description("Lĩnh vực hoạt động.");
        Field(a => a.FoundingDecision).Description("Số quyết định cho phép thành lập.");
        Field(a => a.FoundedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày thành lập.");
        Field(a => a.CharterDecision, nullable: true).Description("Số quyết định phê duyệt điều lệ.");
        Field(a => a.CharterApprovedOn, type: typeof(DateOnlyGraphType)).Description("Ngày phê duyệt điều lệ.");
        Field(a => a.GraceDays).Description("Số ngày ân hạn sau khi hết hạn hội phí, trước khi hội viên mất hiệu lực.");
        Field<NonNullGraphType<IntGraphType>>("termYears")
            .Description("Số năm của một nhiệm kỳ theo điều lệ có hiệu lực vào ngày đã cho (mặc định hôm nay); nhiệm kỳ bắt đầu ngày đó không dài hơn.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.Source.TermYearsOn(c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<IClock>().Today));
        Field<EnumType<AssociationStatus>>("status")
            .Description("Tình trạng vào ngày đã cho (mặc định hôm nay), theo quyết định cuối cùng đến ngày đó; trống trước ngày thành lập.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.Source.StatusOn(c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<IClock>().Today));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsAssociationDecisionType>>>>("decisions")
            .Description("Các quyết định về tình trạng hoạt động, theo ngày.")
            .Resolve(c => c.Source.Decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsCharterAmendmentType>>>>("charterAmendments")
            .Description("Các lần sửa đổi điều lệ thay đổi số năm của nhiệm kỳ, theo ngày; mỗi lần giữ số năm trước đó.")
            .Resolve(c => c.Source.CharterAmendments.OrderBy(a => a.DecidedOn).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsTermType>>>>("terms")
            .Description("Các nhiệm kỳ với ban lãnh đạo, theo ngày bắt đầu.")
            .Resolve(c => c.RequestServices!.GetRequiredService<TermLoaders>().ByAssociation.Load(c.Source.Id));
        Field<NonNullGraphType<AssociationsMemberCountsType>>("memberCounts")
            .Description("Số hội viên theo tình trạng vào ngày đã cho (mặc định hôm nay); ai đọc được hội đều xem được, kể cả Liên hiệp, còn danh sách hội viên chỉ người biên tập của hội xem.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.RequestServices!.GetRequiredService<MemberLoaders>().CountsOn(c.Source, c.GetArgument<DateOnly?>("on")));
    }
}

public sealed class AssociationsAssociationDecisionType : ObjectGraphType<AssociationDecision>
{
    public AssociationsAssociationDecisionType()
    {
        Name = "AssociationsAssociationDecision";
        Description = "Một quyết định thay đổi tình trạng hoạt động của hội.";
        Field(d => d.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EnumType<AssociationStatus>>>("status").Description("Tình trạng từ ngày quyết định.").Resolve(c => c.Source.Status);
        Field(d => d.Number).Description("Số quyết định.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày.");
    }
}

public sealed class AssociationsCharterAmendmentType : ObjectGraphType<CharterAmendment>
{
    public AssociationsCharterAmendmentType()
    {
        Name = "AssociationsCharterAmendment";
        Description = "Một quyết định phê duyệt điều lệ sửa đổi thay đổi số năm của nhiệm kỳ; áp dụng cho nhiệm kỳ bắt đầu từ ngày có hiệu lực.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.TermYears).Description("Số năm của một nhiệm kỳ theo điều lệ sửa đổi.");
        Field(c => c.PreviousTermYears).Description("Số năm của một nhiệm kỳ theo điều lệ trước lần sửa đổi này.");
        Field(c => c.Number).Description("Số quyết định phê duyệt điều lệ sửa đổi.");
        Field(c => c.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày.");
    }
}

public sealed class AssociationsCharterAmendmentInputType : InputObjectGraphType<CharterAmendmentInput>
{
    public AssociationsCharterAmendmentInputType()
    {
        Name = "AssociationsCharterAmendmentInput";
        Description = "Một quyết định phê duyệt điều lệ sửa đổi số năm của nhiệm kỳ.";
        Field(c => c.TermYears).Description($"Số năm của một nhiệm kỳ theo điều lệ sửa đổi, 1 đến {AssociationRules.MaxTermYears}; khác số năm đang áp dụng.");
        Field(c => c.Number).Description("Số quyết định phê duyệt điều lệ sửa đổi.");
        Field(c => c.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>))
            .Description("Có hiệu lực từ ngày: không trước ngày thành lập hay lần sửa đổi trước, không sau hôm nay. Nhiệm kỳ đã bắt đầu trước ngày này giữ số năm cũ.");
    }
}

public sealed class AssociationsAssociationInputType : InputObjectGraphType<AssociationInput>
{
    public AssociationsAssociationInputType()
    {
        Name = "AssociationsAssociationInput";
        Description = "Một hội được thành lập.";
        Field(a => a.Title).Description($"Tên hội, tối đa {AssociationRules.MaxTitleLength} ký tự.");
        Field<NonNullGraphType<EnumType<AssociationKind>>>("kind").Description("Loại hội.");
        Field(a => a.ParentId, type: typeof(IdGraphType)).Description("Hội cấp trên (ví dụ Liên hiệp các hội KH&KT tỉnh), đang hoạt động vào ngày thành lập.");
        Field(a => a.Field).Description("Lĩnh vực hoạt động.");
        Field(a => a.FoundingDecision).Description("Số quyết định cho phép thành lập.");
        Field(a => a.FoundedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày thành lập; không sau hôm nay.");
        Field(a => a.CharterDecision, nullable: true).Description("Số quyết định phê duyệt điều lệ, nếu đã có.");
        Field(a => a.CharterApprovedOn, type: typeof(DateOnlyGraphType)).Description("Ngày phê duyệt điều lệ; không trước ngày thành lập.");
        Field(a => a.GraceDays, nullable: true).Description($"Số ngày ân hạn hội phí, 0 đến {AssociationRules.MaxGraceDays} (mặc định {AssociationRules.DefaultGraceDays}).");
        Field(a => a.TermYears, nullable: true)
            .Description($"Số năm của một nhiệm kỳ theo điều lệ, 1 đến {AssociationRules.MaxTermYears} (mặc định {AssociationRules.DefaultTermYears}).");
    }
}

public sealed class AssociationsAssociationDecisionInputType : InputObjectGraphType<AssociationDecisionInput>
{
    public AssociationsAssociationDecisionInputType()
    {
        Name = "AssociationsAssociationDecisionInput";
        Description = "Một quyết định đình chỉ, cho hoạt động trở lại hoặc giải thể hội.";
        Field<NonNullGraphType<EnumType<AssociationStatus>>>("status").Description("Tình trạng từ ngày quyết định.");
        Field(d => d.Number).Description("Số quyết định.");
        Field(d => d.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Có hiệu lực từ ngày; không trước quyết định trước đó, không sau hôm nay.");
    }
}

public sealed class AssociationsAssociationFilterType : InputObjectGraphType<AssociationFilter>
{
    public AssociationsAssociationFilterType()
    {
        Name = "AssociationsAssociationFilter";
        Description = "Bộ lọc danh sách hội; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<AssociationKind>>("kind").Description("Loại hội.");
        Field(f => f.ParentId, type: typeof(IdGraphType)).Description("Các hội trực thuộc hội này.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu.");
    }
}
