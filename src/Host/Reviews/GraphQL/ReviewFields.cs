using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Host.Reviews.GraphQL;

/// <summary>Review snapshots: leaders read and compare them; administrators take them.</summary>
internal static class ReviewFields
{
    public static void AddTo(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewSnapshotType>>>>("reviewSnapshots")
            .Description("Các đợt sơ kết, tổng kết đã chốt số liệu, mới nhất trước.")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync(async c => await Reviews(c).ListAsync(c.CancellationToken));

        query.Field<ReviewSnapshotType>("reviewSnapshot")
            .Description("Một đợt sơ kết, tổng kết đã chốt.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync(async c => await Reviews(c).FindAsync(c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ReviewComparisonType>>("compareReviewSnapshots")
            .Description("So sánh đợt fromId với đợt toId, hoặc với số liệu hiện tại khi bỏ trống toId.")
            .Argument<NonNullGraphType<IdGraphType>>("fromId", "Đợt trước.")
            .Argument<IdGraphType>("toId", "Đợt sau; bỏ trống để so với số liệu hiện tại.")
            .Access(FieldAccess.Aggregates)
            .ResolveAsync(async c => await Reviews(c).CompareAsync(c.GetArgument<Guid>("fromId"), c.GetArgument<Guid?>("toId"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ReviewSnapshotType>>("takeReviewSnapshot")
            .Description("Chốt mọi chỉ tiêu tại một ngày cho một đợt sơ kết, tổng kết. Bản chốt không sửa, không xóa được.")
            .Argument<NonNullGraphType<ReviewInputType>>("input")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async c => await Reviews(c).TakeAsync(c.GetArgument<ReviewInput>("input"), c.CancellationToken));
    }

    private static ReviewService Reviews(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ReviewService>();
}
