using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;

namespace TriThuc.Modules.Health.Facilities;

public sealed class HealthFacilityType : ObjectGraphType<HealthFacility>
{
    public HealthFacilityType()
    {
        Name = "HealthFacility";
        Description = "Hồ sơ cơ sở y tế của Sở Y tế trên một đơn vị của cơ sở dữ liệu trí thức.";
        Field(f => f.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(f => f.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị (trong cơ sở dữ liệu trí thức).");
        Field<NonNullGraphType<StringGraphType>>("unitName").Description("Tên đơn vị.")
            .ResolveAsync(async c => (await c.RequestServices!.GetRequiredService<FacilityLoaders>().UnitAsync(c.Source.UnitId, c.CancellationToken))?.Name ?? "");
        Field<NonNullGraphType<EnumType<FacilityLevel>>>("level").Description("Tuyến, loại cơ sở.").Resolve(c => c.Source.Level);
        Field(f => f.Beds).Description("Số giường bệnh.");
        Field(f => f.HasDoctorPost).Description("Có định biên bác sĩ.");
        Field(f => f.CommuneId, type: typeof(IdGraphType)).Description("Xã, phường nơi cơ sở đặt trụ sở (đơn vị hành chính trong cơ sở dữ liệu trí thức).");
        Field<HealthAreaClassType>("areaClass")
            .Description("Phân loại khu vực của xã nơi cơ sở đặt trụ sở vào ngày đã cho (mặc định hôm nay), theo danh sách của giai đoạn đó; trống khi xã chưa được phân loại.")
            .Argument<DateOnlyGraphType>("on", "Ngày (mặc định hôm nay).")
            .Resolve(c => c.Source.CommuneId is { } commune
                ? c.RequestServices!.GetRequiredService<FacilityLoaders>().AreaClassOn(commune, c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<IClock>().Today)
                : null);
    }
}

/// <summary>The Registry's classification of a commune for one period, as a facility shows it.</summary>
public sealed class HealthAreaClassType : ObjectGraphType<AreaClassificationSummary>
{
    public HealthAreaClassType()
    {
        Name = "HealthAreaClass";
        Description = "Phân loại khu vực (khu vực I/II/III, xã biên giới) của xã nơi cơ sở y tế đặt trụ sở, theo quyết định của giai đoạn; do cơ sở dữ liệu trí thức quản lý. Không có id: là một phần của cơ sở y tế vào một ngày (khóa: cơ sở và ngày).";
        Field("zone", new GraphQLTypeReference("AreaZone")).Description("Khu vực I, II hoặc III.").Resolve(c => c.Source.Zone);
        Field(a => a.IsBorder).Description("Là xã biên giới.");
        Field<NonNullGraphType<BooleanGraphType>>("isExtremelyDifficult").Description("Thuộc diện đặc biệt khó khăn (xã khu vực III).").Resolve(c => c.Source.IsExtremelyDifficult);
        Field(a => a.Decision).Description("Số quyết định phê duyệt danh sách.");
        Field(a => a.ValidFrom, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Áp dụng từ ngày.");
        Field(a => a.ValidTo, type: typeof(DateOnlyGraphType)).Description("Áp dụng đến hết ngày; trống khi còn áp dụng.");
    }
}

public sealed class HealthFacilityInputType : InputObjectGraphType<FacilityInput>
{
    public HealthFacilityInputType()
    {
        Name = "HealthFacilityInput";
        Description = "Hồ sơ cơ sở y tế; ghi lần nữa cho cùng đơn vị là sửa hồ sơ.";
        Field(f => f.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị là bệnh viện, trung tâm y tế hoặc trạm y tế xã, đang hoạt động.");
        Field<NonNullGraphType<EnumType<FacilityLevel>>>("level").Description("Tuyến, loại cơ sở.");
        Field(f => f.Beds).Description($"Số giường bệnh, từ 0 đến {FacilityRules.MaxBeds}.");
        Field(f => f.HasDoctorPost).Description("Có định biên bác sĩ.");
        Field(f => f.CommuneId, type: typeof(IdGraphType)).Description("Xã, phường nơi cơ sở đặt trụ sở; phân loại khu vực lấy theo xã này.");
    }
}

public sealed class HealthFacilityFilterType : InputObjectGraphType<FacilityFilter>
{
    public HealthFacilityFilterType()
    {
        Name = "HealthFacilityFilter";
        Description = "Bộ lọc danh sách cơ sở y tế; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<FacilityLevel>>("level").Description("Tuyến, loại cơ sở.");
        Field(f => f.UnitId, type: typeof(IdGraphType)).Description("Đơn vị, gồm mọi đơn vị trực thuộc.");
    }
}
