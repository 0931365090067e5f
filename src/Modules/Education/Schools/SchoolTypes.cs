using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Modules.Education.Schools;

public sealed class EducationSchoolType : ObjectGraphType<School>
{
    private const string OnDescription = "Ngày (mặc định hôm nay); phân loại khu vực theo danh sách của giai đoạn chứa ngày này.";

    public EducationSchoolType()
    {
        Name = "EducationSchool";
        Description = "Hồ sơ trường của Sở Giáo dục và Đào tạo trên một đơn vị của cơ sở dữ liệu trí thức.";
        Field(s => s.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(s => s.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị (trong cơ sở dữ liệu trí thức).");
        Field<NonNullGraphType<StringGraphType>>("unitName").Description("Tên trường.")
            .ResolveAsync(async c => (await c.RequestServices!.GetRequiredService<SchoolLoaders>().UnitAsync(c.Source.UnitId, c.CancellationToken))?.Name ?? "");
        Field<NonNullGraphType<EnumType<SchoolLevel>>>("level").Description("Cấp học, loại trường.").Resolve(c => c.Source.Level);
        Field(s => s.IsPublic).Description("Trường công lập.");
        Field(s => s.LocationId, type: typeof(IdGraphType)).Description("Xã, phường hoặc thôn, bản nơi trường đặt trụ sở.");
        Field("areaZone", new GraphQLTypeReference("AreaZone"))
            .Description("Khu vực (I, II, III) của nơi trường đặt trụ sở vào ngày đã cho; trống khi nơi đó chưa được phân loại.")
            .Argument<DateOnlyGraphType>("on", OnDescription)
            .Resolve(c => AreaClass(c)?.Then(a => (object?)a?.Zone));
        Field<BooleanGraphType>("isExtremelyDifficultArea")
            .Description("Nơi trường đặt trụ sở thuộc diện đặc biệt khó khăn (xã khu vực III hoặc thôn đặc biệt khó khăn) vào ngày đã cho; trống khi chưa được phân loại.")
            .Argument<DateOnlyGraphType>("on", OnDescription)
            .Resolve(c => AreaClass(c)?.Then(a => (bool?)a?.IsExtremelyDifficult));
        Field<BooleanGraphType>("isBorderArea")
            .Description("Nơi trường đặt trụ sở là xã biên giới vào ngày đã cho; trống khi chưa được phân loại.")
            .Argument<DateOnlyGraphType>("on", OnDescription)
            .Resolve(c => AreaClass(c)?.Then(a => (bool?)a?.IsBorder));
    }

    private static GraphQL.DataLoader.IDataLoaderResult<Registry.Contracts.AreaClassificationSummary?>? AreaClass(IResolveFieldContext<School> c) =>
        c.Source.LocationId is { } place
            ? c.RequestServices!.GetRequiredService<SchoolLoaders>().AreaClassOn(place, c.GetArgument<DateOnly?>("on") ?? c.RequestServices!.GetRequiredService<IClock>().Today)
            : null;
}

public sealed class EducationSchoolInputType : InputObjectGraphType<SchoolInput>
{
    public EducationSchoolInputType()
    {
        Name = "EducationSchoolInput";
        Description = "Hồ sơ trường; ghi lần nữa cho cùng đơn vị là sửa hồ sơ.";
        Field(s => s.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Đơn vị là trường học hoặc trung tâm giáo dục thường xuyên, đang hoạt động.");
        Field<NonNullGraphType<EnumType<SchoolLevel>>>("level").Description("Cấp học, loại trường; phải khớp loại đơn vị.");
        Field(s => s.IsPublic).Description("Trường công lập.");
        Field(s => s.LocationId, type: typeof(IdGraphType)).Description("Xã, phường hoặc thôn, bản nơi trường đặt trụ sở; phân loại khu vực lấy theo nơi này.");
    }
}

public sealed class EducationSchoolFilterType : InputObjectGraphType<SchoolFilter>
{
    public EducationSchoolFilterType()
    {
        Name = "EducationSchoolFilter";
        Description = "Bộ lọc danh sách trường; các điều kiện kết hợp với nhau (và).";
        Field<EnumType<SchoolLevel>>("level").Description("Cấp học, loại trường.");
        Field(s => s.IsPublic, nullable: true).Description("Công lập (true) hoặc ngoài công lập (false).");
        Field(s => s.UnitId, type: typeof(IdGraphType)).Description("Đơn vị, gồm mọi đơn vị trực thuộc.");
    }
}
