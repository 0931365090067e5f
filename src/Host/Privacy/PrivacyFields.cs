using TriThuc.SharedKernel.Privacy;

namespace TriThuc.Host.Privacy;

/// <summary>The data subject's rights as GraphQL fields; administrators only.</summary>
internal static class PrivacyFields
{
    public static void AddTo(ObjectGraphType query, ObjectGraphType mutation)
    {
        var basis = new ObjectGraphType<ProcessingBasis> { Name = "ProcessingBasis", Description = "Căn cứ xử lý dữ liệu của một người." };
        basis.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        basis.Field<NonNullGraphType<EnumType<ProcessingBasisKind>>>("kind").Description("Loại căn cứ.").Resolve(c => c.Source.Kind);
        basis.Field<NonNullGraphType<StringGraphType>>("reference").Description("Số phiếu đồng ý, quyết định hoặc điều luật.").Resolve(c => c.Source.Reference);
        basis.Field<StringGraphType>("note").Description("Ghi chú.").Resolve(c => c.Source.Note);
        basis.Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Description("Thời điểm ghi.").Resolve(c => c.Source.CreatedAt);
        basis.Field<NonNullGraphType<StringGraphType>>("recordedBy").Description("Người ghi.").Resolve(c => c.Source.CreatedBy);

        query.Field("processingBases", new NonNullGraphType(new ListGraphType(new NonNullGraphType(basis))))
            .Description("Các căn cứ xử lý dữ liệu đã ghi cho một người.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c => await Privacy(c).BasesAsync(c.GetArgument<string>("personId"), c.CancellationToken));

        query.Field<NonNullGraphType<BooleanGraphType>>("processingRestricted")
            .Description("Dữ liệu của người này có đang bị hạn chế xử lý không.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c => await Privacy(c).IsRestrictedAsync(c.GetArgument<string>("personId"), c.CancellationToken));

        mutation.Field<NonNullGraphType<StringGraphType>>("exportPersonalData")
            .Description("Xuất mọi dữ liệu về một người trên mọi phân hệ, dạng tệp JSON. Hành động này được ghi vết.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c => await Privacy(c).ExportAsync(c.GetArgument<string>("personId"), c.CancellationToken));

        mutation.Field("recordProcessingBasis", new NonNullGraphType(basis))
            .Description("Ghi căn cứ pháp lý hoặc sự đồng ý để xử lý dữ liệu của một người.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<NonNullGraphType<EnumType<ProcessingBasisKind>>>("kind", "Loại căn cứ.")
            .Argument<NonNullGraphType<StringGraphType>>("reference", "Số phiếu đồng ý, quyết định hoặc điều luật.")
            .Argument<StringGraphType>("note", "Ghi chú.")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c => await Privacy(c).RecordBasisAsync(
                c.GetArgument<string>("personId"), c.GetArgument<ProcessingBasisKind>("kind"),
                c.GetArgument<string>("reference"), c.GetArgument<string?>("note"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("restrictProcessing")
            .Description("Hạn chế xử lý dữ liệu của một người, kèm lý do.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Lý do hạn chế (yêu cầu của chủ thể dữ liệu, tranh chấp về tính chính xác…).")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c =>
            {
                await Privacy(c).RestrictAsync(c.GetArgument<string>("personId"), c.GetArgument<string>("reason"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<BooleanGraphType>>("liftProcessingRestriction")
            .Description("Bỏ hạn chế xử lý dữ liệu của một người.")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c =>
            {
                await Privacy(c).LiftRestrictionAsync(c.GetArgument<string>("personId"), c.CancellationToken);
                return true;
            });
    }

    private static PrivacyService Privacy(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<PrivacyService>();
}
