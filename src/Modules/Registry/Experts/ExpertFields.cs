using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Registry.Experts;

/// <summary>The expert finder: people ranked by evidence from every module on a topic.</summary>
internal sealed class ExpertFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<ExpertType>("experts")
            .Description("Tìm chuyên gia theo chủ đề trong mọi phân hệ (bằng cấp, học hàm, đề tài, hội đồng, kết quả nghiên cứu), không phân biệt dấu; xếp theo điểm, kèm bằng chứng.")
            .Argument<NonNullGraphType<StringGraphType>>("topic", "Chủ đề, ví dụ \"y tế\" hoặc \"lua nep\" (không cần dấu).")
            .Argument<StringGraphType>("field", "Chỉ bằng chứng thuộc lĩnh vực này (mã hoặc tên trong expertiseFields).")
            .Argument<IdGraphType>("unitId", "Chỉ người thuộc đơn vị này và các đơn vị cấp dưới.")
            .Argument<IdGraphType>("excludeConflictsWithProject", "Bỏ những người có xung đột lợi ích với đề tài này (chủ nhiệm, thành viên), để đề xuất thành viên hội đồng.")
            .Access(FieldAccess.Records)
            .ResolveAsync((ExpertFinderService experts, FieldArgs a) => experts.PageAsync(
                new ExpertSearch(a.Get<string>("topic"), a.Get<string?>("field"), a.Get<Guid?>("unitId"), a.Get<Guid?>("excludeConflictsWithProject")), a.Paging, a.Cancellation));
    }
}
