using TriThuc.SharedKernel.Identity;

namespace TriThuc.Host.Identity;

/// <summary>
/// The host's <c>me</c> field: who is calling, their role, the modules they edit, their permissions, and for each
/// running module what they may read and write — judged by the same <see cref="AccessPolicy"/> as every field, so a
/// frontend hides exactly what the endpoint would refuse.
/// </summary>
internal static class CurrentUserFields
{
    private sealed record ModuleAccess(string Module, bool ReadAggregates, bool ReadRecords, bool ReadPersonalData, bool Write);

    public static void AddTo(ObjectGraphType query, ModuleCatalog catalog)
    {
        var moduleAccess = new ObjectGraphType<ModuleAccess>
        {
            Name = "ModuleAccess",
            Description = "Người gọi được làm gì trong một phân hệ. Không có id: là một phần của me (khóa: module).",
        };
        moduleAccess.Field<NonNullGraphType<StringGraphType>>("module").Description("Tên phân hệ.").Resolve(c => c.Source.Module);
        moduleAccess.Field<NonNullGraphType<BooleanGraphType>>("readAggregates").Description("Được xem số liệu tổng hợp, chỉ tiêu.").Resolve(c => c.Source.ReadAggregates);
        moduleAccess.Field<NonNullGraphType<BooleanGraphType>>("readRecords").Description("Được xem từng hồ sơ (trừ dữ liệu cá nhân nhạy cảm).").Resolve(c => c.Source.ReadRecords);
        moduleAccess.Field<NonNullGraphType<BooleanGraphType>>("readPersonalData")
            .Description("Được xem dữ liệu cá nhân nhạy cảm, được bảo vệ (mỗi lần xem được ghi nhật ký).").Resolve(c => c.Source.ReadPersonalData);
        moduleAccess.Field<NonNullGraphType<BooleanGraphType>>("write").Description("Được ghi (thêm, sửa) dữ liệu của phân hệ.").Resolve(c => c.Source.Write);

        var me = new ObjectGraphType<PlatformUser>
        {
            Name = "CurrentUser",
            Description = "Người đang gọi, theo mã thông báo (token) gửi kèm. Khóa: id (trống khi chưa đăng nhập; không dùng chung giữa các người dùng).",
        };
        me.Field<IdGraphType>("id").Description("Mã người dùng (claim sub của token); trống khi chưa đăng nhập.").Resolve(c => c.Source.Id);
        me.Field<NonNullGraphType<BooleanGraphType>>("authenticated").Description("Đã đăng nhập chưa.").Resolve(c => c.Source.IsAuthenticated);
        me.Field<StringGraphType>("name").Description("Tên hiển thị (claim name của token), nếu có.").Resolve(c => c.Source.Name);
        me.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles")
            .Description("Vai trò: administrator (quản trị viên), editor (biên tập viên của phân hệ), viewer (lãnh đạo: số liệu tổng hợp).")
            .Resolve(c => c.Source.Roles.Order(StringComparer.Ordinal).ToList());
        me.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("modules")
            .Description("Các phân hệ người này biên tập (claim module của token).").Resolve(c => c.Source.Modules.Order(StringComparer.Ordinal).ToList());
        me.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions")
            .Description("Quyền thêm, ví dụ personal-data:read (xem dữ liệu cá nhân).").Resolve(c => c.Source.Permissions.Order(StringComparer.Ordinal).ToList());
        me.Field("access", new NonNullGraphType(new ListGraphType(new NonNullGraphType(moduleAccess))))
            .Description("Với từng phân hệ đang chạy: được xem gì, được ghi không.")
            .Resolve(c => catalog.Modules.Select(m => new ModuleAccess(
                m.Name,
                AccessPolicy.Allows(c.Source, FieldAccess.Aggregates, sensitive: false),
                AccessPolicy.Allows(c.Source, FieldAccess.Records, sensitive: false),
                AccessPolicy.Allows(c.Source, FieldAccess.Records, sensitive: true),
                AccessPolicy.Allows(c.Source, FieldAccess.Writes(m.Name), sensitive: false))).ToList());

        query.Field("me", new NonNullGraphType(me))
            .Description("Người đang gọi và những gì họ được làm: để giao diện ẩn những gì người dùng không được làm.")
            .Access(FieldAccess.Public)
            .Resolve(c => c.RequestServices!.GetRequiredService<ICurrentUser>().Access);
    }
}
