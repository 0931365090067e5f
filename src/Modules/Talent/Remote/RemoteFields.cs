namespace TriThuc.Modules.Talent.Remote;

/// <summary>Remote-area support: posts, a person's entitlements, months paid, and who is affected by a reclassification.</summary>
internal sealed class RemoteFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentRemoteEntitlementType>>>>("talentRemoteEntitlements")
            .Description("Các thời kỳ một người được hưởng hỗ trợ vùng đặc biệt khó khăn, theo phân loại địa bàn từng tháng, với các tháng đã chi.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Access(FieldAccess.Records)
            .ResolveAsync((RemoteSupportService remote, FieldArgs a) => remote.EntitlementsAsync(a.Get<Guid>("personId"), a.Cancellation));
        graphql.Query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentRemoteEntitlementChangeType>>>>("talentRemoteEntitlementChanges")
            .Description("Những người bắt đầu hoặc thôi được hưởng giữa hai ngày do địa bàn công tác được phân loại lại.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("before", "Ngày theo phân loại cũ.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("after", "Ngày theo phân loại mới.")
            .Access(FieldAccess.Records)
            .ResolveAsync((RemoteSupportService remote, FieldArgs a) => remote.ChangesAsync(a.Get<DateOnly>("before"), a.Get<DateOnly>("after"), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<TalentRemoteEntitlementType>>>>("talentRemoteEntitlements")
            .Description("Các thời kỳ người này được hưởng hỗ trợ vùng đặc biệt khó khăn, với các tháng đã chi.")
            .Access(FieldAccess.Records)
            .Resolve((RemoteLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));

        graphql.Mutation.Field<NonNullGraphType<TalentRemotePostingType>>("recordTalentRemotePosting")
            .Description("Ghi nhận quyết định công tác của một người tại một đơn vị.")
            .Argument<NonNullGraphType<TalentRemotePostingInputType>>("input")
            .Writes()
            .ResolveAsync((RemoteSupportService remote, FieldArgs a) => remote.RecordPostingAsync(a.Input<RemotePostingInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<TalentRemotePaymentType>>("payTalentRemoteSupport")
            .Description("Ghi nhận đã chi một khoản hỗ trợ cho một tháng; từ chối tháng không được hưởng hoặc đã chi.")
            .Argument<NonNullGraphType<IdGraphType>>("postingId", "Quyết định công tác.")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("month", "Một ngày bất kỳ của tháng chi.")
            .Argument<NonNullGraphType<EnumType<RemoteSupportKind>>>("kind", "Khoản hỗ trợ.")
            .Writes()
            .ResolveAsync((RemoteSupportService remote, FieldArgs a) =>
                remote.PayAsync(a.Get<Guid>("postingId"), a.Get<DateOnly>("month"), a.Get<RemoteSupportKind>("kind"), a.Cancellation));
    }
}
