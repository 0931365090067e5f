using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.University.Enrolments;

namespace TriThuc.Modules.University.Courses;

public sealed class UniversityCourseType : ObjectGraphType<Course>
{
    public UniversityCourseType()
    {
        Name = "UniversityCourse";
        Description = "Một khóa bồi dưỡng phân hiệu mở cho cán bộ, công chức, viên chức của tỉnh; học viên đạt được ghi vào hồ sơ bồi dưỡng theo loại của khóa.";
        Field(c => c.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(c => c.Title).Description("Tên khóa học.");
        Field("kind", new NonNullGraphType(new GraphQLTypeReference("TrainingKind"))).Description("Loại bồi dưỡng (theo cơ sở dữ liệu trí thức).").Resolve(c => c.Source.Kind);
        Field(c => c.Hours).Description("Số tiết.");
        Field(c => c.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày khai giảng.");
        Field(c => c.EndDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UniversityEnrolmentType>>>>("enrolments")
            .Description("Học viên ghi danh, theo ngày ghi danh.")
            .Resolve(c => c.RequestServices!.GetRequiredService<CourseLoaders>().Enrolments.Load(c.Source.Id));
    }
}

public sealed class UniversityCourseInputType : InputObjectGraphType<CourseInput>
{
    public UniversityCourseInputType()
    {
        Name = "UniversityCourseInput";
        Description = "Một khóa bồi dưỡng mới.";
        Field(c => c.Title).Description($"Tên, tối đa {CourseRules.MaxTitleLength} ký tự.");
        Field("kind", new NonNullGraphType(new GraphQLTypeReference("TrainingKind"))).Description("Loại bồi dưỡng: quyết định học viên đạt được tính vào chỉ tiêu nào (T1, T2, T4).");
        Field(c => c.Hours).Description($"Số tiết, từ 1 đến {CourseRules.MaxHours}.");
        Field(c => c.StartDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày khai giảng.");
        Field(c => c.EndDate, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("Ngày kết thúc; từ ngày khai giảng.");
    }
}

public sealed class UniversityCourseFilterType : InputObjectGraphType<CourseFilter>
{
    public UniversityCourseFilterType()
    {
        Name = "UniversityCourseFilter";
        Description = "Bộ lọc khóa bồi dưỡng; các điều kiện kết hợp với nhau (và).";
        Field("kind", new GraphQLTypeReference("TrainingKind")).Description("Loại bồi dưỡng.");
        Field(f => f.StartsFrom, type: typeof(DateOnlyGraphType)).Description("Khai giảng từ ngày.");
        Field(f => f.StartsTo, type: typeof(DateOnlyGraphType)).Description("Khai giảng đến hết ngày.");
        Field(f => f.Search, nullable: true).Description("Tìm theo tên, không phân biệt dấu.");
    }
}
