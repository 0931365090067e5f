namespace TriThuc.Modules.Health.Licences;

/// <summary>Practising licences: lists, issuing one, the decisions about it, and a person's licences.</summary>
internal sealed class LicenceFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<HealthLicenceType>("healthLicences")
            .Description("Danh sách giấy phép hành nghề, theo số giấy phép.")
            .Argument<HealthLicenceFilterType>("filter")
            .Access(FieldAccess.Records)
            .PageAsync((LicenceService licences, FieldArgs a) => licences.QueryAsync(a.Filter<LicenceFilter>(), a.Cancellation));
        graphql.Query.Field<NonNullGraphType<HealthLicenceType>>("healthLicence")
            .Description("Một giấy phép hành nghề.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((LicenceService licences, FieldArgs a) => licences.GetAsync(a.Id, a.Cancellation));
        graphql.Query.Paged<HealthLicenceType>("healthLicencesExpiring")
            .Description("Giấy phép còn hiệu lực vào ngày đã cho mà hết hạn trong số ngày đã cho, hạn gần nhất trước; xuất Excel tại /api/health/licences/expiring.xlsx với cùng tham số.")
            .Argument<NonNullGraphType<IntGraphType>>("withinDays", $"Hết hạn trong số ngày này (0 đến {LicenceService.MaxWithinDays}).")
            .Argument<IdGraphType>("facilityId", "Chỉ những người đang ở cơ sở y tế này.")
            .Argument<DateOnlyGraphType>("on", "Tính từ ngày (mặc định hôm nay).")
            .Access(FieldAccess.Records)
            .PageAsync((LicenceService licences, FieldArgs a) =>
                licences.ExpiringAsync(a.Get<int>("withinDays"), a.Get<Guid?>("facilityId", null), a.Get<DateOnly?>("on", null), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<HealthLicenceType>>("issueHealthLicence")
            .Description("Ghi nhận một giấy phép hành nghề được cấp.")
            .Argument<NonNullGraphType<HealthLicenceInputType>>("input")
            .Writes()
            .ResolveAsync((LicenceService licences, FieldArgs a) => licences.IssueAsync(a.Input<LicenceInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<HealthLicenceType>>("renewHealthLicence")
            .Description($"Gia hạn giấy phép thêm 5 năm: hồ sơ nộp trước ngày hết hạn ít nhất {LicenceRenewalRules.DaysBeforeExpiry} ngày, đủ giờ đào tạo liên tục của chu kỳ.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("filedOn", "Ngày nộp hồ sơ gia hạn.")
            .Writes()
            .ResolveAsync((LicenceService licences, FieldArgs a) => licences.RenewAsync(a.Id, a.Get<DateOnly>("filedOn"), a.Cancellation));
        Decision(graphql, "suspendHealthLicence", "Đình chỉ giấy phép hành nghề từ ngày quyết định.", LicenceDecisionKind.Suspension);
        Decision(graphql, "reinstateHealthLicence", "Cho hành nghề trở lại từ ngày quyết định (giấy phép đang bị đình chỉ).", LicenceDecisionKind.Reinstatement);
        Decision(graphql, "revokeHealthLicence", "Thu hồi giấy phép hành nghề từ ngày quyết định.", LicenceDecisionKind.Revocation);

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<HealthLicenceType>>>>("healthPractisingLicences")
            .Description("Các giấy phép hành nghề của người này, theo ngày cấp.")
            .Access(FieldAccess.Records)
            .Resolve((LicenceLoaders loaders, FieldArgs a) => loaders.ByHolder.Load(a.SourceId));
    }

    private static void Decision(GraphQLContribution graphql, string name, string description, LicenceDecisionKind kind) =>
        graphql.Mutation.Field<NonNullGraphType<HealthLicenceType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<HealthLicenceDecisionInputType>>("input")
            .Writes()
            .ResolveAsync((LicenceService licences, FieldArgs a) => licences.DecideAsync(a.Id, kind, a.Input<LicenceDecisionInput>(), a.Cancellation));
}
