namespace TriThuc.Modules.Associations.Drafts;

/// <summary>Comments on drafts: the lists, publishing and revising a draft, commenting, dispositions, the summary, and a person's comments on Intellectual.</summary>
internal sealed class DraftFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<AssociationsDraftType>("associationsDrafts")
            .Description("Dự thảo đăng lấy ý kiến, thời gian góp ý mới nhất trước.")
            .Argument<AssociationsDraftFilterType>("filter")
            .Access(FieldAccess.Records.OrSelf())
            .Page((DraftService drafts, FieldArgs a) => drafts.Query(a.Filter<DraftFilter>()));
        graphql.Query.Field<NonNullGraphType<AssociationsDraftType>>("associationsDraft")
            .Description("Một dự thảo đăng lấy ý kiến.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records.OrSelf())
            .ResolveAsync((DraftService drafts, FieldArgs a) => drafts.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<AssociationsDraftType>>("publishAssociationsDraft")
            .Description("Đăng một dự thảo lấy ý kiến với các đoạn và thời gian góp ý (người của cơ quan soạn thảo).")
            .Argument<NonNullGraphType<AssociationsDraftInputType>>("input")
            .Writes()
            .ResolveAsync((DraftService drafts, FieldArgs a) => drafts.PublishAsync(a.Input<DraftInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsDraftType>>("reviseAssociationsDraft")
            .Description("Sửa tên và các đoạn của dự thảo trước khi mở lấy ý kiến; sau đó không sửa được (người của cơ quan soạn thảo).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Dự thảo.")
            .Argument<NonNullGraphType<AssociationsDraftRevisionInputType>>("input")
            .Writes()
            .ResolveAsync((DraftService drafts, FieldArgs a) => drafts.ReviseAsync(a.Id, a.Input<DraftRevisionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsDraftCommentType>>("submitAssociationsDraftComment")
            .Description("Gửi một ý kiến góp ý vào một đoạn dự thảo trong thời gian góp ý (trí thức đăng nhập với tư cách cá nhân, cho chính mình; hoặc người biên tập của một hội ghi thay trí thức).")
            .Argument<NonNullGraphType<AssociationsDraftCommentInputType>>("input")
            .Access(FieldAccess.WritesOwnModule.OrSelf())
            .ResolveAsync((DraftService drafts, FieldArgs a) => drafts.CommentAsync(a.Input<DraftCommentInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsDraftCommentType>>("disposeAssociationsDraftComment")
            .Description("Ghi việc tiếp thu, tiếp thu một phần hoặc không tiếp thu (có giải trình) một ý kiến (người của cơ quan soạn thảo).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Ý kiến.")
            .Argument<NonNullGraphType<AssociationsDispositionInputType>>("input")
            .Writes()
            .ResolveAsync((DraftService drafts, FieldArgs a) => drafts.DisposeAsync(a.Id, a.Input<DispositionInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AssociationsDraftType>>("publishAssociationsDraftSummary")
            .Description("Công bố báo cáo tổng hợp ý kiến sau khi hết thời gian góp ý và mọi ý kiến đã được xử lý; một lần (người của cơ quan soạn thảo).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "Dự thảo.")
            .Argument<NonNullGraphType<StringGraphType>>("summary", "Báo cáo tổng hợp, tiếp thu, giải trình.")
            .Writes()
            .ResolveAsync((DraftService drafts, FieldArgs a) => drafts.PublishSummaryAsync(a.Id, a.Get<string>("summary"), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssociationsDraftCommentType>>>>("associationsDraftComments")
            .Description("Các ý kiến góp ý dự thảo của người này, theo thời điểm gửi: quản trị hệ thống và người biên tập của Liên hiệp hội xem tất cả; người được cơ quan soạn thảo giao xem ý kiến về dự thảo của cơ quan mình; trí thức đăng nhập với tư cách cá nhân xem của chính mình; người khác bị từ chối (FORBIDDEN).")
            .Access(FieldAccess.Records.OrSelf())
            .ResolveAsync((DraftLoaders loaders, FieldArgs a) => loaders.CommentsOfAsync(a.SourceId, a.Cancellation));
    }
}
