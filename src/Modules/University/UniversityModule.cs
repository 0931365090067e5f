using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.University.Cooperation;
using TriThuc.Modules.University.Courses;
using TriThuc.Modules.University.Data;
using TriThuc.Modules.University.Demo;
using TriThuc.Modules.University.Leaders;
using TriThuc.Modules.University.Lecturers;
using TriThuc.Modules.University.Research;

namespace TriThuc.Modules.University;

/// <summary>Phân hiệu Đại học Thái Nguyên: courses for the province's cadres, research, cooperation and lecturers.</summary>
public sealed class UniversityModule : ModuleDefinition
{
    public override string Name => "University";

    public override string Title => "Phân hiệu Đại học";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(UniversityDbContext);

    protected override IEnumerable<ModuleFields> Fields => [new CourseFields(), new LeaderNeedFields(), new ResearchOutputFields(), new CooperationFields(), new LecturerWorkloadFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<UniversityDemoData>(provider, context.DemoDataEnabled));
}
