using TriThuc.SharedKernel.Paging;

namespace TriThuc.Host.Security;

/// <summary>The host's <c>sensitiveDataReads</c> field: the access log, newest first. Administrators only, and read-only.</summary>
internal static class AccessLogQueryFields
{
    public static void AddTo(ObjectGraphType root) =>
        root.Paged<SensitiveDataReadType>("sensitiveDataReads")
            .Description("Nhật ký đọc dữ liệu cá nhân nhạy cảm, mới nhất trước (chỉ quản trị viên).")
            .Argument<IdGraphType>("recordId", "Chỉ những lần đọc hồ sơ này.")
            .Argument<StringGraphType>("userId", "Chỉ những lần đọc của người này.")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async context =>
            {
                var log = context.RequestServices!.GetRequiredService<PlatformDbContext>().AccessLog.AsNoTracking();
                if (context.GetArgument<string?>("recordId") is { } recordId)
                {
                    log = log.Where(e => e.RecordId == recordId);
                }

                if (context.GetArgument<string?>("userId") is { } userId)
                {
                    log = log.Where(e => e.UserId == userId);
                }

                return await log.OrderByDescending(e => e.ReadAt).ThenByDescending(e => e.Id)
                    .ToConnectionAsync(new FieldArgs(context).Paging, context.CancellationToken);
            });
}
