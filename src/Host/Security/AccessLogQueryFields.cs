namespace TriThuc.Host.Security;

/// <summary>The host's <c>sensitiveDataReads</c> field: the access log, newest first. Administrators only, and read-only.</summary>
internal static class AccessLogQueryFields
{
    public static void AddTo(ObjectGraphType root) =>
        root.Paged<SensitiveDataReadType>("sensitiveDataReads")
            .Description("Nhật ký đọc dữ liệu cá nhân nhạy cảm (chỉ quản trị viên).")
            .Argument<SensitiveDataReadFilterType>("filter")
            .Argument<EnumType<SensitiveDataReadOrder>>("orderBy", "Thứ tự (mặc định: mới nhất trước).")
            .Access(FieldAccess.Administrator)
            .Page((PlatformDbContext db, FieldArgs a) =>
            {
                var log = db.AccessLog.AsNoTracking();
                var filter = a.Filter<SensitiveDataReadFilter>();
                if (filter?.RecordId is { } recordId)
                {
                    log = log.Where(e => e.RecordId == recordId);
                }

                if (filter?.UserId is { } userId)
                {
                    log = log.Where(e => e.UserId == userId);
                }

                return a.Get("orderBy", SensitiveDataReadOrder.NewestFirst) == SensitiveDataReadOrder.OldestFirst
                    ? log.OrderBy(e => e.ReadAt).ThenBy(e => e.Id)
                    : log.OrderByDescending(e => e.ReadAt).ThenByDescending(e => e.Id);
            });
}
