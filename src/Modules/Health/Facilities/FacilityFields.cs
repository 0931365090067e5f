namespace TriThuc.Modules.Health.Facilities;

/// <summary>Health facilities: the list, one, and recording a profile.</summary>
internal sealed class FacilityFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<HealthFacilityType>("healthFacilities")
            .Description("Danh sách cơ sở y tế, theo tuyến.")
            .Argument<HealthFacilityFilterType>("filter")
            .Access(FieldAccess.Records)
            .PageAsync((FacilityService facilities, FieldArgs a) => facilities.QueryAsync(a.Filter<FacilityFilter>(), a.Cancellation));
        graphql.Query.Field<NonNullGraphType<HealthFacilityType>>("healthFacility")
            .Description("Một cơ sở y tế.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync((FacilityService facilities, FieldArgs a) => facilities.GetAsync(a.Id, a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<HealthFacilityType>>("recordHealthFacility")
            .Description("Lập hoặc sửa hồ sơ cơ sở y tế của một đơn vị.")
            .Argument<NonNullGraphType<HealthFacilityInputType>>("input")
            .Writes()
            .ResolveAsync((FacilityService facilities, FieldArgs a) => facilities.RecordAsync(a.Input<FacilityInput>(), a.Cancellation));
    }
}
