namespace TriThuc.Modules.Science.Councils;

/// <summary>Appraisal and acceptance councils: the list, forming one, seating and scoring its members, and a person's seats.</summary>
internal sealed class CouncilFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<ScienceCouncilType>("scienceCouncils")
            .Description("Danh sách hội đồng thẩm định, nghiệm thu.")
            .Argument<ScienceCouncilFilterType>("filter")
            .Argument<EnumType<CouncilOrder>>("orderBy", "Thứ tự (mặc định: thành lập sớm nhất trước).")
            .Access(FieldAccess.Records)
            .Page((CouncilService councils, FieldArgs a) => councils.Query(a.Filter<CouncilFilter>(), a.Get("orderBy", CouncilOrder.FormedOnAscending)));

        graphql.Mutation.Field<NonNullGraphType<ScienceCouncilType>>("formScienceCouncil")
            .Description("Thành lập hội đồng thẩm định (khi đề tài đang thẩm định) hoặc nghiệm thu (khi đề tài đang nghiệm thu).")
            .Argument<NonNullGraphType<ScienceCouncilInputType>>("input")
            .Writes()
            .ResolveAsync((CouncilService councils, FieldArgs a) => councils.FormAsync(a.Input<CouncilInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceCouncilType>>("addScienceCouncilMember")
            .Description("Thêm thành viên hội đồng; chủ nhiệm và thành viên đề tài không được ngồi hội đồng của đề tài.")
            .Argument<NonNullGraphType<IdGraphType>>("councilId", "Hội đồng.")
            .Argument<NonNullGraphType<ScienceCouncilMemberInputType>>("input")
            .Writes()
            .ResolveAsync((CouncilService councils, FieldArgs a) => councils.SeatAsync(a.Get<Guid>("councilId"), a.Input<CouncilMemberInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<ScienceCouncilType>>("scoreScienceCouncilMember")
            .Description($"Ghi điểm ({CouncilVerdictRule.MinScore}–{CouncilVerdictRule.MaxScore}) của một thành viên hội đồng.")
            .Argument<NonNullGraphType<IdGraphType>>("councilId", "Hội đồng.")
            .Argument<NonNullGraphType<IdGraphType>>("memberId", "Mã ghế của thành viên (ScienceCouncilSeat.id).")
            .Argument<NonNullGraphType<IntGraphType>>("score", $"Điểm, từ {CouncilVerdictRule.MinScore} đến {CouncilVerdictRule.MaxScore}.")
            .Writes()
            .ResolveAsync((CouncilService councils, FieldArgs a) =>
                councils.ScoreAsync(a.Get<Guid>("councilId"), a.Get<Guid>("memberId"), a.Get<int>("score"), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScienceCouncilMembershipType>>>>("scienceCouncilMemberships")
            .Description("Các hội đồng thẩm định, nghiệm thu người này là thành viên.")
            .Access(FieldAccess.Records)
            .Resolve((ScienceLoaders loaders, FieldArgs a) => loaders.MembershipsByPerson.Load(a.SourceId));
    }
}
