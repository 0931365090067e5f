namespace TriThuc.Modules.Science.Experts;

/// <summary>Council candidates proposed by the expert finder.</summary>
internal sealed class CouncilCandidateFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field("scienceCouncilCandidates", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("Expert")))))
            .Description("Đề xuất thành viên hội đồng cho một đề tài từ công cụ tìm chuyên gia: người có bằng chứng về chủ đề (không nhập chủ đề: về lĩnh vực của đề tài), trừ chủ nhiệm, thành viên đề tài (xung đột lợi ích) và người đã ngồi hội đồng của đề tài.")
            .Argument<NonNullGraphType<IdGraphType>>("projectId", "Đề tài.")
            .Argument<StringGraphType>("topic", "Chủ đề, không phân biệt dấu; mặc định: lĩnh vực của đề tài.")
            .Argument<IntGraphType>("first", $"Số người đề xuất, từ 1 đến {CouncilCandidateService.MaxCandidates}; mặc định 10.")
            .Access(FieldAccess.Records)
            .ResolveAsync((CouncilCandidateService candidates, FieldArgs a) =>
                candidates.ProposeAsync(a.Get<Guid>("projectId"), a.Get<string?>("topic"), a.Get("first", 10), a.Cancellation));
    }
}
