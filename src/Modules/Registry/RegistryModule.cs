using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Careers;
using TriThuc.Modules.Registry.Contracts;
using Microsoft.Extensions.Configuration;
using TriThuc.Modules.Registry.Data;
using TriThuc.Modules.Registry.Demo;
using TriThuc.Modules.Registry.Duplicates;
using TriThuc.Modules.Registry.GraphQL;
using TriThuc.Modules.Registry.People;
using TriThuc.Modules.Registry.Units;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Paging;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Modules.Registry;

/// <summary>The provincial database of intellectuals: the core the other modules refer to by id.</summary>
public sealed class RegistryModule : ModuleDefinition
{
    public override string Name => "Registry";

    public override Type? DbContextType => typeof(RegistryDbContext);

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddModuleDbContext<RegistryDbContext>(context);
        services.AddScoped<IPersonDirectory, PersonDirectory>();
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddScoped<CareerLoaders>();
        services.AddScoped<IntellectualLoaders>();

        var demo = context.Configuration.GetSection("DemoData").Get<DemoDataOptions>() ?? new DemoDataOptions();
        demo.Enabled ??= context.EnvironmentName == "Development";
        var provinceName = context.Configuration["DemoData:ProvinceName"] ?? "Tuyên Quang";
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<DemoDataSeeder>(provider, demo, provinceName));
    }

    public override void MapEndpoints(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints) =>
        Export.IntellectualExport.Map(endpoints);

    public override void ConfigureGraphQL(GraphQLContribution graphql)
    {
        AddReferenceLists(graphql.Query);
        AddUnits(graphql.Query, graphql.Mutation);
        AddIntellectuals(graphql.Query, graphql.Mutation);
        AddCareerRecords(graphql.Mutation);
        AddDuplicates(graphql.Query, graphql.Mutation);
    }

    private void AddDuplicates(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DuplicateCandidateType>>>>("possibleDuplicates")
            .Description("Các cặp hồ sơ có thể trùng người, để cán bộ xem xét.")
            .Argument<IntGraphType>("limit", "Tối đa bao nhiêu cặp (mặc định 100).")
            .Access(FieldAccess.Records)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<DuplicateService>()
                .FindAsync(Math.Clamp(c.GetArgument("limit", 100), 1, 1_000), c.CancellationToken));
        mutation.Field<NonNullGraphType<IntellectualType>>("mergeIntellectuals")
            .Description("Gộp hồ sơ mergeId vào hồ sơ keepId: giữ mọi văn bằng, bồi dưỡng, chức vụ, khen thưởng; các phân hệ khác được báo.")
            .Argument<NonNullGraphType<IdGraphType>>("keepId")
            .Argument<NonNullGraphType<IdGraphType>>("mergeId")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<DuplicateService>()
                .MergeAsync(c.GetArgument<Guid>("keepId"), c.GetArgument<Guid>("mergeId"), c.CancellationToken));
    }

    private void AddCareerRecords(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<QualificationType>>("addQualification").Description("Thêm văn bằng chuyên môn.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId").Argument<NonNullGraphType<QualificationInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Careers(c).AddQualificationAsync(c.GetArgument<Guid>("intellectualId"), c.GetArgument<QualificationInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<LanguageSkillType>>("addLanguageSkill").Description("Thêm ngoại ngữ.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId").Argument<NonNullGraphType<LanguageSkillInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Careers(c).AddLanguageSkillAsync(c.GetArgument<Guid>("intellectualId"), c.GetArgument<LanguageSkillInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<LeadershipPositionType>>("addLeadershipPosition").Description("Thêm chức vụ lãnh đạo, quản lý.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId").Argument<NonNullGraphType<LeadershipPositionInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Careers(c).AddPositionAsync(c.GetArgument<Guid>("intellectualId"), c.GetArgument<LeadershipPositionInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<LeadershipPositionType>>("endLeadershipPosition").Description("Kết thúc một chức vụ.")
            .Argument<NonNullGraphType<IdGraphType>>("positionId").Argument<NonNullGraphType<DateOnlyGraphType>>("endDate")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Careers(c).EndPositionAsync(c.GetArgument<Guid>("positionId"), c.GetArgument<DateOnly>("endDate"), c.CancellationToken));
        mutation.Field<NonNullGraphType<TrainingType>>("addTraining").Description("Thêm khóa bồi dưỡng.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId").Argument<NonNullGraphType<TrainingInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Careers(c).AddTrainingAsync(c.GetArgument<Guid>("intellectualId"), c.GetArgument<TrainingInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<HonourType>>("addHonour").Description("Thêm danh hiệu, khen thưởng.")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId").Argument<NonNullGraphType<HonourInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Careers(c).AddHonourAsync(c.GetArgument<Guid>("intellectualId"), c.GetArgument<HonourInput>("input"), c.CancellationToken));
    }

    private static void AddReferenceLists(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EthnicGroupType>>>>("ethnicGroups")
            .Description("Danh mục 54 dân tộc.")
            .Access(FieldAccess.Public)
            .ResolveAsync(async c => await Db(c).EthnicGroups.AsNoTracking().OrderBy(g => g.Code).ToListAsync(c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExpertiseFieldType>>>>("expertiseFields")
            .Description("Danh mục lĩnh vực chuyên môn.")
            .Access(FieldAccess.Public)
            .ResolveAsync(async c => await Db(c).ExpertiseFields.AsNoTracking().OrderBy(f => f.Name).ToListAsync(c.CancellationToken));
    }

    private void AddUnits(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationUnitType>>>>("rootUnits")
            .Description("Các đơn vị cấp cao nhất của cây đơn vị (đang hoạt động); đi xuống bằng trường children.")
            .Access(FieldAccess.Public)
            .ResolveAsync(async c => (await Units(c).AllAsync(c.CancellationToken)).Values
                .Where(u => u.ParentId is null && u.ValidTo is null).OrderBy(u => u.Code, StringComparer.Ordinal).ToList());
        query.Field<OrganisationUnitType>("unit")
            .Description("Một đơn vị theo mã số (kể cả đơn vị đã đóng).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Public)
            .ResolveAsync(async c => (await Units(c).AllAsync(c.CancellationToken)).GetValueOrDefault(c.GetArgument<Guid>("id")));

        mutation.Field<NonNullGraphType<OrganisationUnitType>>("createUnit")
            .Description("Thêm một đơn vị.")
            .Argument<NonNullGraphType<UnitInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Units(c).CreateAsync(c.GetArgument<UnitInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<OrganisationUnitType>>("closeUnit")
            .Description("Đóng một đơn vị (sáp nhập, giải thể), có thể nêu đơn vị kế thừa; đơn vị và lịch sử được giữ lại.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("closedOn")
            .Argument<IdGraphType>("successorId")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await Units(c).CloseAsync(
                c.GetArgument<Guid>("id"), c.GetArgument<DateOnly>("closedOn"), c.GetArgument<Guid?>("successorId"), c.CancellationToken));
    }

    private void AddIntellectuals(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Connection<IntellectualType>("intellectuals")
            .Description("Danh sách trí thức, có lọc, sắp xếp và phân trang.")
            .Argument<IntellectualFilterType>("filter")
            .Argument<IntellectualOrderType>("orderBy")
            .Access(FieldAccess.Records)
            .Bidirectional()
            .ResolveAsync(async c =>
            {
                var query = await c.RequestServices!.GetRequiredService<IntellectualQueryService>().QueryAsync(
                    c.GetArgument<IntellectualFilter?>("filter"),
                    c.GetArgument("orderBy", IntellectualOrder.NameAscending),
                    c.CancellationToken);
                return await query.ToConnectionAsync(c.ToPagingArguments(), c.CancellationToken);
            });
        query.Field<IntellectualType>("intellectual")
            .Description("Một hồ sơ trí thức.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Access(FieldAccess.Records)
            .ResolveAsync(async c => await Db(c).Intellectuals.AsNoTracking().FirstOrDefaultAsync(p => p.Id == c.GetArgument<Guid>("id"), c.CancellationToken));

        mutation.Field<NonNullGraphType<IntellectualType>>("createIntellectual")
            .Description("Thêm hồ sơ một trí thức.")
            .Argument<NonNullGraphType<IntellectualInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await People(c).CreateAsync(c.GetArgument<IntellectualInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IntellectualType>>("updateIntellectual")
            .Description("Sửa hồ sơ một trí thức.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntellectualInputType>>("input")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await People(c).UpdateAsync(c.GetArgument<Guid>("id"), c.GetArgument<IntellectualInput>("input"), c.CancellationToken));
        mutation.Field<NonNullGraphType<IntellectualType>>("changeIntellectualStatus")
            .Description("Ghi nhận nghỉ hưu, chuyển đi hoặc trở lại công tác; hồ sơ được giữ lại.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<EmploymentStatusType>>("status")
            .Argument<NonNullGraphType<DateOnlyGraphType>>("since")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async c => await People(c).ChangeStatusAsync(
                c.GetArgument<Guid>("id"), c.GetArgument<EmploymentStatus>("status"), c.GetArgument<DateOnly>("since"), c.CancellationToken));
    }

    private static RegistryDbContext Db(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RegistryDbContext>();

    private static UnitService Units(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<UnitService>();

    private static CareerService Careers(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<CareerService>();

    private static IntellectualService People(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IntellectualService>();
}
