namespace TriThuc.Modules.Associations.Associations;

/// <summary>Associations: the list, one association, founding one, its status decisions, its charter amendments, and naming its editors.</summary>
internal sealed class AssociationFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<AssociationsAssociationType>("associationsAssociations")
            .Description("Danh sách hội, theo tên.")
            .Argument<AssociationsAssociationFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((AssociationService associations, FieldArgs a) => associations.Query(a.Filter<AssociationFilter>()));
        graphql.Query.Field<NonNullGraphType<AssociationsAssociationType>>("associationsAssociation")
            .Description("Một hội.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((AssociationService associations, FieldArgs a) => associations.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<AssociationsAssociationType>>("foundAssociationsAssociation")
            .Description("Ghi nhận một hội được thành lập (quản trị hệ thống).")
            .Argument<NonNullGraphType<AssociationsAssociationInputType>>("input")
            .Access(FieldAccess.Administrator)
            .ResolveAsync((AssociationService associations, FieldArgs a) => associations.RecordAsync(a.Input<AssociationInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsAssociationType>>("decideAssociationsStatus")
            .Description("Ghi một quyết định đình chỉ, cho hoạt động trở lại hoặc giải thể hội (người biên tập của hội).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<AssociationsAssociationDecisionInputType>>("input")
            .Writes()
            .ResolveAsync((AssociationService associations, FieldArgs a) => associations.DecideAsync(a.Id, a.Input<AssociationDecisionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsAssociationType>>("amendAssociationsCharter")
            .Description("Ghi một quyết định phê duyệt điều lệ sửa đổi số năm của nhiệm kỳ (người biên tập của hội); áp dụng cho nhiệm kỳ bắt đầu từ ngày có hiệu lực.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<AssociationsCharterAmendmentInputType>>("input")
            .Writes()
            .ResolveAsync((AssociationService associations, FieldArgs a) => associations.AmendCharterAsync(a.Id, a.Input<CharterAmendmentInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsAssociationType>>("grantAssociationsEditor")
            .Description("Cho một tài khoản quyền biên tập hồ sơ của một hội (quản trị hệ thống).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("userId", "Tài khoản (định danh người dùng trong mã truy cập).")
            .Access(FieldAccess.Administrator)
            .ResolveAsync((AssociationService associations, FieldArgs a) => associations.GrantEditorAsync(a.Id, a.Get<string>("userId"), a.Cancellation));
    }
}
