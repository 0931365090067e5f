namespace TriThuc.Modules.University.Cooperation;

/// <summary>Cooperation: agreements and the activities within them.</summary>
internal sealed class CooperationFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<UniversityCooperationAgreementType>("universityCooperationAgreements")
            .Description("Thỏa thuận hợp tác của phân hiệu, ký gần nhất trước.")
            .Argument<UniversityCooperationAgreementFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((CooperationService cooperation, FieldArgs a) => cooperation.QueryAgreements(a.Filter<CooperationAgreementFilter>()));
        graphql.Query.Field<NonNullGraphType<UniversityCooperationAgreementType>>("universityCooperationAgreement")
            .Description("Một thỏa thuận hợp tác, với các hoạt động.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((CooperationService cooperation, FieldArgs a) => cooperation.GetAgreementAsync(a.Id, a.Cancellation));
        graphql.Query.Paged<UniversityCooperationActivityType>("universityCooperationActivities")
            .Description("Hoạt động hợp tác, bắt đầu muộn nhất trước.")
            .Argument<UniversityCooperationActivityFilterType>("filter")
            .Access(FieldAccess.Records)
            .Page((CooperationService cooperation, FieldArgs a) => cooperation.QueryActivities(a.Filter<CooperationActivityFilter>()));

        graphql.Mutation.Field<NonNullGraphType<UniversityCooperationAgreementType>>("recordUniversityCooperationAgreement")
            .Description("Ghi nhận một thỏa thuận hợp tác với đối tác trong nước hoặc nước ngoài.")
            .Argument<NonNullGraphType<UniversityCooperationAgreementInputType>>("input")
            .Writes()
            .ResolveAsync((CooperationService cooperation, FieldArgs a) => cooperation.RecordAgreementAsync(a.Input<CooperationAgreementInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<UniversityCooperationActivityType>>("recordUniversityCooperationActivity")
            .Description("Ghi nhận một hoạt động trong thời hạn của một thỏa thuận hợp tác.")
            .Argument<NonNullGraphType<UniversityCooperationActivityInputType>>("input")
            .Writes()
            .ResolveAsync((CooperationService cooperation, FieldArgs a) => cooperation.RecordActivityAsync(a.Input<CooperationActivityInput>(), a.Cancellation));
    }
}
