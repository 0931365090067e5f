using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Associations.Consultations;

public sealed class AssociationsConsultationType : ObjectGraphType<ConsultationRequest>
{
    public AssociationsConsultationType()
    {
        Name = "AssociationsConsultation";
        Description = "Một yêu cầu tư vấn, phản biện, giám định xã hội (Quyết định 14/2014/QĐ-TTg): từ yêu cầu của cơ quan đến ý kiến tổng hợp và việc cơ quan trả lời từng kiến nghị.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.AgencyUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Cơ quan yêu cầu (đơn vị trong cơ sở dữ liệu trí thức).");
        Field(r => r.Subject).Description("Nội dung được tư vấn, phản biện, giám định.");
        Field<NonNullGraphType<EnumType<ConsultationSubjectKind>>>("subjectKind").Description("Loại nội dung.").Resolve(c => c.Source.SubjectKind);
        Field<NonNullGraphType<EnumType<ConsultationKind>>>("kind").Description("Loại yêu cầu.").Resolve(c => c.Source.Kind);
        Field(r => r.Documents).Description("Tài liệu gửi kèm.");
        Field(r => r.ReceivedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nhận yêu cầu.");
        Field(r => r.Deadline, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Hạn gửi ý kiến.");
        Field(r => r.AssociationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hội được giao.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("Quá hạn vào ngày đã cho (mặc định hôm nay): đã qua hạn mà chưa gửi ý kiến tổng hợp.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.Source.OverdueOn(c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<IClock>().Today));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsConsultationConflictType>>>>("conflicts")
            .Description("Những người không được vào hội đồng chuyên gia: người soạn thảo và người có xung đột lợi ích.")
            .Resolve(c => c.Source.Conflicts.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsPanelSeatType>>>>("panel")
            .Description("Hội đồng chuyên gia.")
            .Resolve(c => c.Source.Panel.OrderBy(x => x.CreatedAt).ThenBy(x => x.Id).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsExpertOpinionType>>>>("expertOpinions")
            .Description("Ý kiến của từng chuyên gia, theo ngày.")
            .Resolve(c => c.Source.ExpertOpinions.OrderBy(x => x.GivenOn).ThenBy(x => x.Id).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsConsolidatedOpinionType>>>>("opinions")
            .Description("Các ý kiến tổng hợp đã gửi, kể cả ý kiến đã được thay thế, theo ngày gửi.")
            .Resolve(c => c.Source.Opinions.OrderBy(x => x.DeliveredOn).ThenBy(x => x.CreatedAt).ThenBy(x => x.Id).ToList());
        Field<AssociationsConsolidatedOpinionType>("currentOpinion").Description("Ý kiến tổng hợp hiện hành (chưa bị thay thế).").Resolve(c => c.Source.CurrentOpinion);
        Field(r => r.CreatedBy).Description("Người ghi yêu cầu.");
        Field(r => r.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm ghi yêu cầu.");
    }
}

public sealed class AssociationsConsultationConflictType : ObjectGraphType<ConsultationConflict>
{
    public AssociationsConsultationConflictType()
    {
        Name = "AssociationsConsultationConflict";
        Description = "Một người không được vào hội đồng chuyên gia của yêu cầu, dù ai đề xuất. Khóa: yêu cầu và người.";
        this.PersonField("person", x => x.PersonId).Description("Trí thức.");
        Field<NonNullGraphType<EnumType<ConflictReason>>>("reason").Description("Lý do.").Resolve(c => c.Source.Reason);
        Field(x => x.CreatedBy).Description("Người ghi.");
        Field(x => x.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm ghi.");
    }
}

public sealed class AssociationsPanelSeatType : ObjectGraphType<PanelSeat>
{
    public AssociationsPanelSeatType()
    {
        Name = "AssociationsPanelSeat";
        Description = "Một chuyên gia trong hội đồng của yêu cầu. Khóa: yêu cầu và người.";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Yêu cầu.");
        this.PersonField("person", x => x.PersonId).Description("Trí thức.");
        Field(x => x.CreatedBy).Description("Người đề xuất.");
        Field(x => x.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm đề xuất.");
    }
}

public sealed class AssociationsExpertOpinionType : ObjectGraphType<ExpertOpinion>
{
    public AssociationsExpertOpinionType()
    {
        Name = "AssociationsExpertOpinion";
        Description = "Ý kiến của một chuyên gia.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.PersonField("person", x => x.PersonId).Description("Chuyên gia.");
        Field(x => x.Text).Description("Nội dung.");
        Field(x => x.GivenOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày gửi ý kiến.");
        Field(x => x.CreatedBy).Description("Người ghi.");
        Field(x => x.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm ghi.");
    }
}

public sealed class AssociationsConsolidatedOpinionType : ObjectGraphType<ConsolidatedOpinion>
{
    public AssociationsConsolidatedOpinionType()
    {
        Name = "AssociationsConsolidatedOpinion";
        Description = "Ý kiến tổng hợp của hội gửi cơ quan; không sửa sau khi gửi, chỉ được thay thế bằng ý kiến mới.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.SupersedesId, type: typeof(IdGraphType)).Description("Ý kiến mà ý kiến này thay thế.");
        Field(x => x.Summary).Description("Nội dung tổng hợp.");
        Field(x => x.DeliveredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày gửi cơ quan.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsRecommendationType>>>>("recommendations")
            .Description("Các kiến nghị, theo số thứ tự.").Resolve(c => c.Source.Recommendations.OrderBy(r => r.Number).ToList());
        Field(x => x.CreatedBy).Description("Người ghi.");
        Field(x => x.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm ghi.");
    }
}

public sealed class AssociationsRecommendationType : ObjectGraphType<Recommendation>
{
    public AssociationsRecommendationType()
    {
        Name = "AssociationsRecommendation";
        Description = "Một kiến nghị trong ý kiến tổng hợp, và câu trả lời của cơ quan.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Yêu cầu.");
        Field(x => x.OpinionId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Ý kiến tổng hợp.");
        Field(x => x.Number).Description("Số thứ tự trong ý kiến.");
        Field(x => x.Text).Description("Nội dung kiến nghị.");
        Field<AssociationsRecommendationResponseType>("response").Description("Câu trả lời của cơ quan; trống khi chưa trả lời.").Resolve(c => c.Source.Response);
    }
}

public sealed class AssociationsRecommendationResponseType : ObjectGraphType<RecommendationResponse>
{
    public AssociationsRecommendationResponseType()
    {
        Name = "AssociationsRecommendationResponse";
        Description = "Câu trả lời của cơ quan cho một kiến nghị: tiếp thu hoặc giải trình. Khóa: kiến nghị (mỗi kiến nghị được trả lời một lần).";
        Field<NonNullGraphType<EnumType<ResponseKind>>>("kind").Description("Tiếp thu hay giải trình.").Resolve(c => c.Source.Kind);
        Field(x => x.Text).Description("Nội dung tiếp thu hoặc giải trình.");
        Field(x => x.AnsweredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày trả lời.");
        Field(x => x.CreatedBy).Description("Người ghi.");
        Field(x => x.CreatedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm ghi.");
    }
}

public sealed class AssociationsConsultationInputType : InputObjectGraphType<ConsultationRequestInput>
{
    public AssociationsConsultationInputType()
    {
        Name = "AssociationsConsultationInput";
        Description = "Một yêu cầu tư vấn, phản biện, giám định xã hội của cơ quan.";
        Field(x => x.AgencyUnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Cơ quan yêu cầu, đang hoạt động vào ngày nhận.");
        Field(x => x.Subject).Description($"Nội dung, tối đa {ConsultationRules.MaxSubjectLength} ký tự.");
        Field<NonNullGraphType<EnumType<ConsultationSubjectKind>>>("subjectKind").Description("Loại nội dung.");
        Field<NonNullGraphType<EnumType<ConsultationKind>>>("kind").Description("Loại yêu cầu.");
        Field(x => x.Documents, nullable: true).Description($"Tài liệu gửi kèm, tối đa {ConsultationRules.MaxDocumentsLength} ký tự.");
        Field(x => x.ReceivedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày nhận; không sau hôm nay.");
        Field(x => x.Deadline, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Hạn gửi ý kiến; sau ngày nhận.");
        Field(x => x.AssociationId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Hội được giao.");
        Field(x => x.DrafterIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Những người soạn thảo nội dung: không được vào hội đồng chuyên gia.");
    }
}

public sealed class AssociationsExpertOpinionInputType : InputObjectGraphType<ExpertOpinionInput>
{
    public AssociationsExpertOpinionInputType()
    {
        Name = "AssociationsExpertOpinionInput";
        Description = "Ý kiến của một chuyên gia trong hội đồng.";
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Chuyên gia, trong hội đồng của yêu cầu.");
        Field(x => x.Text).Description("Nội dung.");
        Field(x => x.GivenOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày gửi ý kiến.");
    }
}

public sealed class AssociationsConsolidatedOpinionInputType : InputObjectGraphType<ConsolidatedOpinionInput>
{
    public AssociationsConsolidatedOpinionInputType()
    {
        Name = "AssociationsConsolidatedOpinionInput";
        Description = "Ý kiến tổng hợp gửi cơ quan, với từng kiến nghị riêng.";
        Field(x => x.Summary).Description("Nội dung tổng hợp.");
        Field(x => x.DeliveredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày gửi cơ quan; không sau hôm nay.");
        Field(x => x.Recommendations, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>))
            .Description($"Các kiến nghị, mỗi mục một kiến nghị (1 đến {ConsultationRules.MaxRecommendations}).");
    }
}

public sealed class AssociationsResponseInputType : InputObjectGraphType<ResponseInput>
{
    public AssociationsResponseInputType()
    {
        Name = "AssociationsResponseInput";
        Description = "Câu trả lời của cơ quan cho một kiến nghị.";
        Field<NonNullGraphType<EnumType<ResponseKind>>>("kind").Description("Tiếp thu hay giải trình.");
        Field(x => x.Text).Description("Nội dung tiếp thu hoặc giải trình.");
        Field(x => x.AnsweredOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày trả lời; không trước ngày nhận ý kiến.");
    }
}

public sealed class AssociationsConsultationFilterType : InputObjectGraphType<ConsultationFilter>
{
    public AssociationsConsultationFilterType()
    {
        Name = "AssociationsConsultationFilter";
        Description = "Bộ lọc yêu cầu tư vấn, phản biện; các điều kiện kết hợp với nhau (và).";
        Field(x => x.AssociationId, type: typeof(IdGraphType)).Description("Hội được giao.");
        Field(x => x.AgencyUnitId, type: typeof(IdGraphType)).Description("Cơ quan yêu cầu.");
        Field(x => x.OverdueOn, type: typeof(DateOnlyGraphType)).Description("Chỉ các yêu cầu quá hạn vào ngày này.");
    }
}
