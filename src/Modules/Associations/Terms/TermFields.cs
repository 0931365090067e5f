namespace TriThuc.Modules.Associations.Terms;

/// <summary>Terms: an association's terms with their leadership, opening a term, electing its leaders and their leaving a seat.</summary>
internal sealed class TermFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Mutation.Field<NonNullGraphType<AssociationsTermType>>("openAssociationsTerm")
            .Description("Ghi một nhiệm kỳ mới của hội sau đại hội (người biên tập của hội).")
            .Argument<NonNullGraphType<AssociationsTermInputType>>("input")
            .Writes()
            .ResolveAsync((TermService terms, FieldArgs a) => terms.OpenAsync(a.Input<TermInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsTermType>>("appointAssociationsLeader")
            .Description("Ghi một người được bầu hoặc bổ nhiệm vào ban lãnh đạo của nhiệm kỳ (người biên tập của hội).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Nhiệm kỳ.")
            .Argument<NonNullGraphType<AssociationsLeaderInputType>>("input")
            .Writes()
            .ResolveAsync((TermService terms, FieldArgs a) => terms.AppointAsync(a.Id, a.Input<LeaderInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsTermType>>("leaveAssociationsLeaderSeat")
            .Description("Ghi một người thôi giữ chức trong nhiệm kỳ, có ngày và lý do (người biên tập của hội); chức danh vẫn ở trong lịch sử của nhiệm kỳ.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Chức danh (id của AssociationsTermLeader).")
            .Argument<NonNullGraphType<AssociationsLeaderLeaveInputType>>("input")
            .Writes()
            .ResolveAsync((TermService terms, FieldArgs a) => terms.LeaveAsync(a.Id, a.Input<LeaderLeaveInput>(), a.Cancellation));
    }
}
