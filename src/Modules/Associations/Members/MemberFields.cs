namespace TriThuc.Modules.Associations.Members;

/// <summary>Members: an association's list, admitting one, their dues and leaving, and a person's memberships on Intellectual.</summary>
internal sealed class MemberFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<AssociationsMemberType>("associationsMembers")
            .Description("Hội viên của một hội, theo ngày gia nhập (người biên tập của hội và quản trị hệ thống; người khác xem memberCounts của hội).")
            .Argument<NonNullGraphType<IdGraphType>>("associationId", "Hội.")
            .Access(FieldAccess.Records)
            .PageAsync((MemberService members, FieldArgs a) => members.OfAssociationAsync(a.Get<Guid>("associationId"), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<AssociationsMemberType>>("admitAssociationsMember")
            .Description("Kết nạp một hội viên (người biên tập của hội).")
            .Argument<NonNullGraphType<AssociationsMemberInputType>>("input")
            .Writes()
            .ResolveAsync((MemberService members, FieldArgs a) => members.AdmitAsync(a.Input<MemberInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsMemberType>>("recordAssociationsDues")
            .Description("Ghi hội phí một năm của một hội viên (người biên tập của hội).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Hội viên.")
            .Argument<NonNullGraphType<AssociationsMemberDuesInputType>>("input")
            .Writes()
            .ResolveAsync((MemberService members, FieldArgs a) => members.RecordDuesAsync(a.Id, a.Input<MemberDuesInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsMemberType>>("leaveAssociationsMember")
            .Description("Ghi ngày một hội viên rời hội (người biên tập của hội).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Hội viên.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("leftOn", "Ngày cuối cùng là hội viên.")
            .Writes()
            .ResolveAsync((MemberService members, FieldArgs a) => members.LeaveAsync(a.Id, a.Get<DateOnly>("leftOn"), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsMemberType>>>>("associationsMemberships")
            .Description("Tư cách hội viên của người này, theo ngày gia nhập: chỉ ở các hội mà người đọc là người biên tập (quản trị hệ thống: mọi hội; trí thức đăng nhập với tư cách cá nhân: mọi hội của chính mình).")
            .Access(FieldAccess.Records.OrSelf())
            .Resolve((MemberLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
