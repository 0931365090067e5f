namespace TriThuc.Modules.Talent.Experts;

/// <summary>Experts from abroad: the list, one, who works on a project or cooperation, and recording experts and engagements.</summary>
internal sealed class TalentExpertFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<TalentExpertType>("talentExperts")
            .Description("Chuyên gia người Việt Nam ở nước ngoài và chuyên gia nước ngoài, theo họ tên.")
            .Argument<TalentExpertFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((ExpertService experts, FieldArgs a) => experts.Query(a.Filter<ExpertFilter>()));
        graphql.Query.Field<NonNullGraphType<TalentExpertType>>("talentExpert")
            .Description("Một chuyên gia với các đợt làm việc.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((ExpertService experts, FieldArgs a) => experts.GetAsync(a.Id, a.Cancellation));
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentExpertEngagementType>>>>("talentExpertEngagementsOn")
            .Description("Các đợt làm việc của chuyên gia tham gia một đề tài hoặc một thỏa thuận hợp tác, mới nhất trước.")
            .Argument<NonNullGraphType<EnumType<ExpertWorkKind>>>("kind", "Đề tài hay thỏa thuận hợp tác.")
            .Argument<NonNullGraphType<IdGraphType>>("targetId", "Mã (id) của đề tài hoặc thỏa thuận hợp tác ở phân hệ đó.")
            .Access(FieldAccess.Records)
            .ResolveAsync((ExpertService experts, FieldArgs a) => experts.WorkingOnAsync(a.Get<ExpertWorkKind>("kind"), a.Get<Guid>("targetId"), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<TalentExpertType>>("createTalentExpert")
            .Description("Ghi nhận một chuyên gia người Việt Nam ở nước ngoài hoặc người nước ngoài.")
            .Argument<NonNullGraphType<TalentExpertInputType>>("input")
            .Writes()
            .ResolveAsync((ExpertService experts, FieldArgs a) => experts.CreateAsync(a.Input<ExpertInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentExpertType>>("updateTalentExpert")
            .Description("Sửa thông tin một chuyên gia.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TalentExpertInputType>>("input")
            .Writes()
            .ResolveAsync((ExpertService experts, FieldArgs a) => experts.UpdateAsync(a.Id, a.Input<ExpertInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentExpertEngagementType>>("engageTalentExpert")
            .Description("Ghi nhận một đợt chuyên gia làm việc với một đơn vị chủ trì theo văn bản chấp thuận, và các đề tài, thỏa thuận hợp tác chuyên gia tham gia.")
            .Argument<NonNullGraphType<IdGraphType>>("expertId", "Chuyên gia.")
            .Argument<NonNullGraphType<TalentExpertEngagementInputType>>("input")
            .Writes()
            .ResolveAsync((ExpertService experts, FieldArgs a) => experts.EngageAsync(a.Get<Guid>("expertId"), a.Input<EngagementInput>(), a.Cancellation));
    }
}
