namespace TriThuc.Modules.Agriculture.Things;

/// <summary>The list, recording and ending a record, and a person's records on the Registry's Intellectual.</summary>
internal sealed class ThingFields : ModuleFields
{
    public override void AddTo(GraphQLContribution graphql)
    {
        graphql.Query.Paged<AgricultureThingType>("agricultureThings")
            .Description("Danh sách bản ghi, có lọc và phân trang (theo tên).")
            .Argument<AgricultureThingFilterType>("filter")
            .Argument<EnumType<ThingOrder>>("orderBy", "Thứ tự (mặc định: theo tên).")
            .Access(FieldAccess.Records)
            .PageAsync((ThingService things, FieldArgs a) => things.QueryAsync(a.Filter<ThingFilter>(), a.Get("orderBy", ThingOrder.TitleAscending), a.Cancellation));

        graphql.Mutation.Field<NonNullGraphType<AgricultureThingType>>("recordAgricultureThing")
            .Description("Ghi nhận một bản ghi mới.")
            .Argument<NonNullGraphType<AgricultureThingInputType>>("input")
            .Writes()
            .ResolveAsync((ThingService things, FieldArgs a) => things.RecordAsync(a.Input<ThingInput>(), a.Cancellation));
        graphql.Mutation.Field<NonNullGraphType<AgricultureThingType>>("endAgricultureThing")
            .Description("Ghi nhận ngày một bản ghi hết hiệu lực.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("endedOn", "Ngày cuối cùng còn hiệu lực.")
            .Writes()
            .ResolveAsync((ThingService things, FieldArgs a) => things.EndAsync(a.Id, a.Get<DateOnly>("endedOn"), a.Cancellation));

        graphql.Extend("Intellectual").Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgricultureThingType>>>>("agricultureThings")
            .Description("Các bản ghi của phân hệ về người này.")
            .Access(FieldAccess.Records)
            .Resolve((ThingLoaders loaders, FieldArgs a) => loaders.ByPerson.Load(a.SourceId));
    }
}
