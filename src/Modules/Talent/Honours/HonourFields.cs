namespace TriThuc.Modules.Talent.Honours;

/// <summary>The annual honours round: rounds, nominations, the selection council, scores, the decision, and a person's nominations.</summary>
internal sealed class HonourFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<TalentHonourRoundType>("talentHonourRounds")
            .Description("Các đợt xét chọn, tôn vinh trí thức tiêu biểu, năm gần nhất trước.")
            .Access(FieldAccess.Records)
            .Page((HonourService honours, FieldArgs _) => honours.Rounds());
        graphql.Query.Field<NonNullGraphType<TalentHonourRoundType>>("talentHonourRound")
            .Description("Một đợt tôn vinh với hồ sơ đề nghị và hội đồng.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.GetRoundAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<TalentHonourRoundType>>("createTalentHonourRound")
            .Description("Mở một đợt tôn vinh: tiêu chí, thời hạn đề cử và số lượng phân bổ cho từng đơn vị.")
            .Argument<NonNullGraphType<TalentHonourRoundInputType>>("input")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.CreateRoundAsync(a.Input<HonourRoundInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentHonourNominationType>>("nominateTalentHonour")
            .Description("Nộp hồ sơ đề nghị tôn vinh trong thời hạn đề cử; hồ sơ được xét điều kiện ngay và nêu từng điều kiện không đáp ứng.")
            .Argument<NonNullGraphType<TalentHonourNominationInputType>>("input")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.NominateAsync(a.Input<NominationInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentHonourRoundType>>("addTalentHonourCouncilMember")
            .Description("Thêm một thành viên hội đồng xét chọn của đợt.")
            .Argument<NonNullGraphType<IdGraphType>>("roundId", "Đợt tôn vinh.")
            .Argument<NonNullGraphType<TalentHonourCouncilSeatInputType>>("input")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.AddSeatAsync(a.Get<Guid>("roundId"), a.Input<HonourSeatInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentHonourRoundType>>("removeTalentHonourCouncilMember")
            .Description("Rút một thành viên khỏi hội đồng trước quyết định, ghi ngày và lý do; điểm thành viên đã chấm bị xóa theo.")
            .Argument<NonNullGraphType<IdGraphType>>("seatId", "Thành viên hội đồng.")
            .Argument<NonNullGraphType<TalentHonourSeatRemovalInputType>>("input")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.RemoveSeatAsync(a.Get<Guid>("seatId"), a.Input<HonourSeatRemovalInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentHonourNominationType>>("nameTalentHonourActingChair")
            .Description("Cử một thành viên không có xung đột lợi ích chủ trì thay chủ tịch đối với một hồ sơ mà chủ tịch có xung đột lợi ích.")
            .Argument<NonNullGraphType<IdGraphType>>("nominationId", "Hồ sơ đề nghị.")
            .Argument<NonNullGraphType<IdGraphType>>("seatId", "Thành viên được cử chủ trì thay.")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.NameActingChairAsync(a.Get<Guid>("nominationId"), a.Get<Guid>("seatId"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentHonourNominationType>>("scoreTalentHonourNomination")
            .Description("Ghi điểm của một thành viên hội đồng cho một hồ sơ, sau thời hạn đề cử; thành viên có xung đột lợi ích bị từ chối.")
            .Argument<NonNullGraphType<IdGraphType>>("nominationId", "Hồ sơ đề nghị.")
            .Argument<NonNullGraphType<IdGraphType>>("seatId", "Thành viên hội đồng.")
            .Argument<NonNullGraphType<IntGraphType>>("score", "Điểm.")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) =>
                honours.ScoreAsync(a.Get<Guid>("nominationId"), a.Get<Guid>("seatId"), a.Get<int>("score"), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentHonourRoundType>>("decideTalentHonourRound")
            .Description("Quyết định tôn vinh khi hội đồng đã kết luận mọi hồ sơ: người đạt được ghi danh hiệu vào hồ sơ trí thức.")
            .Argument<NonNullGraphType<IdGraphType>>("roundId", "Đợt tôn vinh.")
            .Argument<NonNullGraphType<TalentHonourDecisionInputType>>("input")
            .Writes()
            .ResolveAsync((HonourService honours, FieldArgs a) => honours.DecideAsync(a.Get<Guid>("roundId"), a.Input<HonourDecisionInput>(), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentHonourNominationType>>>>("talentHonourNominations")
            .Description("Các lần người này được đề nghị tôn vinh.")
            .Access(FieldAccess.Records)
            .Resolve((HonourLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
