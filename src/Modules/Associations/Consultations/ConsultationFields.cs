namespace TriThuc.Modules.Associations.Consultations;

/// <summary>Consultation, critique and social review: the lists, and every step from the request to the answers.</summary>
internal sealed class ConsultationFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<AssociationsConsultationType>("associationsConsultations")
            .Description("Yêu cầu tư vấn, phản biện, giám định xã hội, theo hạn; lọc được các yêu cầu quá hạn.")
            .Argument<AssociationsConsultationFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((ConsultationService consultations, FieldArgs a) => consultations.Query(a.Filter<ConsultationFilter>()));
        graphql.Query.Field<NonNullGraphType<AssociationsConsultationType>>("associationsConsultation")
            .Description("Một yêu cầu tư vấn, phản biện, giám định xã hội.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.GetAsync(a.Id, a.Cancellation));
        graphql.Query.Paged<AssociationsRecommendationType>("associationsUnansweredRecommendations")
            .Description("Kiến nghị của các ý kiến tổng hợp hiện hành mà cơ quan chưa trả lời.")
            .Argument<IdGraphType>("agencyUnitId", "Chỉ của cơ quan này.")
            .Access(FieldAccess.Records)
            .Page((ConsultationService consultations, FieldArgs a) => consultations.Unanswered(a.Get<Guid?>("agencyUnitId")));

        graphql.Query.Field("associationsProposedPanel", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Expert")))))
            .Description("Đề xuất chuyên gia cho hội đồng của một yêu cầu từ công cụ tìm chuyên gia, theo lĩnh vực (mặc định: lĩnh vực của hội được giao) hoặc chủ đề; không bao giờ gồm người soạn thảo, người có xung đột lợi ích và người đã trong hội đồng. Chỉ là đề xuất: đưa vào hội đồng bằng seatAssociationsExpert.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Yêu cầu.")
            .Argument<StringGraphType>("field", "Lĩnh vực (mã hoặc tên trong danh mục lĩnh vực); mặc định: lĩnh vực của hội được giao.")
            .Argument<StringGraphType>("topic", "Chủ đề, không phân biệt dấu.")
            .Argument<IntGraphType>("first", $"Số người đề xuất, từ 1 đến {PanelProposalService.MaxProposed}; mặc định 10.")
            .Access(FieldAccess.Records)
            .ResolveAsync((PanelProposalService proposals, FieldArgs a) =>
                proposals.ProposeAsync(a.Id, a.Get<string?>("field"), a.Get<string?>("topic"), a.Get("first", 10), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<BooleanGraphType>>("grantAssociationsAgencyResponder")
            .Description("Cho một tài khoản quyền gửi yêu cầu và trả lời kiến nghị thay mặt một cơ quan (quản trị hệ thống).")
            .Argument<NonNullGraphType<IdGraphType>>("unitId", "Cơ quan (đơn vị trong cơ sở dữ liệu trí thức).")
            .Argument<NonNullGraphType<StringGraphType>>("userId", "Tài khoản (định danh người dùng trong mã truy cập).")
            .Access(FieldAccess.Administrator)
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.GrantResponderAsync(a.Get<Guid>("unitId"), a.Get<string>("userId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("requestAssociationsConsultation")
            .Description("Ghi yêu cầu tư vấn, phản biện, giám định xã hội của một cơ quan (người của cơ quan).")
            .Argument<NonNullGraphType<AssociationsConsultationInputType>>("input")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.RequestAsync(a.Input<ConsultationRequestInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("declareAssociationsConflict")
            .Description("Ghi một người có xung đột lợi ích với yêu cầu: người đó không vào, hoặc ra khỏi, hội đồng chuyên gia (người biên tập của hội hoặc người của cơ quan).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Yêu cầu.")
            .Argument<NonNullGraphType<IdGraphType>>("personId", "Trí thức.")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.DeclareConflictAsync(a.Id, a.Get<Guid>("personId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("seatAssociationsExpert")
            .Description("Đưa một chuyên gia vào hội đồng của yêu cầu; người soạn thảo và người có xung đột lợi ích bị từ chối, dù ai đề xuất (người biên tập của hội được giao).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Yêu cầu.")
            .Argument<NonNullGraphType<IdGraphType>>("personId", "Trí thức.")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.SeatAsync(a.Id, a.Get<Guid>("personId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("recordAssociationsExpertOpinion")
            .Description("Ghi ý kiến của một chuyên gia trong hội đồng (người biên tập của hội được giao).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Yêu cầu.")
            .Argument<NonNullGraphType<AssociationsExpertOpinionInputType>>("input")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.RecordExpertOpinionAsync(a.Id, a.Input<ExpertOpinionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("deliverAssociationsOpinion")
            .Description("Gửi ý kiến tổng hợp cho cơ quan; sau khi gửi không sửa được, chỉ thay thế (người biên tập của hội được giao).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Yêu cầu.")
            .Argument<NonNullGraphType<AssociationsConsolidatedOpinionInputType>>("input")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.DeliverAsync(a.Id, a.Input<ConsolidatedOpinionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("supersedeAssociationsOpinion")
            .Description("Gửi một ý kiến tổng hợp mới thay thế ý kiến hiện hành; ý kiến cũ và các câu trả lời của nó được giữ nguyên (người biên tập của hội được giao).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Ý kiến tổng hợp hiện hành.")
            .Argument<NonNullGraphType<AssociationsConsolidatedOpinionInputType>>("input")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.SupersedeAsync(a.Id, a.Input<ConsolidatedOpinionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsConsultationType>>("answerAssociationsRecommendation")
            .Description("Ghi câu trả lời của cơ quan cho một kiến nghị: tiếp thu hoặc giải trình (người của cơ quan yêu cầu).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Kiến nghị.")
            .Argument<NonNullGraphType<AssociationsResponseInputType>>("input")
            .Writes()
            .ResolveAsync((ConsultationService consultations, FieldArgs a) => consultations.AnswerAsync(a.Id, a.Input<ResponseInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsConsultationType>>>>("associationsConsultationPanels")
            .Description("Các yêu cầu tư vấn, phản biện, giám định xã hội mà người này đang ở trong hội đồng chuyên gia, theo ngày nhận.")
            .Access(FieldAccess.Records)
            .Resolve((ConsultationLoaders loaders, FieldArgs a) => loaders.PanelsByPerson.Load(a.SourceId));
    }
}
