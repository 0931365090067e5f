using TriThuc.Modules.Education.Assessments;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Education.Data;
using TriThuc.Modules.Education.Demo;
using TriThuc.Modules.Education.Gifted;
using TriThuc.Modules.Education.Schools;
using TriThuc.Modules.Education.TeachingAssignments;
using TriThuc.Modules.Education.Training;

namespace TriThuc.Modules.Education;

/// <summary>Sở Giáo dục và Đào tạo: school profiles, teachers' assignments to schools, professional-standard assessments (Circular 20/2018), in-service training reported to the Registry, the gifted-pupil pipeline.</summary>
public sealed class EducationModule : ModuleDefinition
{
    public override string Name => "Education";

    public override string Title => "Giáo dục và Đào tạo";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(EducationDbContext);

    protected override IEnumerable<ModuleFields> Fields => [new SchoolFields(), new TeachingAssignmentFields(), new StandardAssessmentFields(), new InServiceTrainingFields(), new GiftedFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<EducationDemoData>(provider, context.DemoDataEnabled));
    }
}
