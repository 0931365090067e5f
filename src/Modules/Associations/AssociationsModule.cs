using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Associations.Associations;
using TriThuc.Modules.Associations.Consultations;
using TriThuc.Modules.Associations.Data;
using TriThuc.Modules.Associations.Demo;
using TriThuc.Modules.Associations.Drafts;
using TriThuc.Modules.Associations.Members;
using TriThuc.Modules.Associations.Terms;

namespace TriThuc.Modules.Associations;

/// <summary>Liên hiệp các hội KH&amp;KT tỉnh: the intellectuals' associations, their decisions, members, terms, consultations and comments on drafts.</summary>
public sealed class AssociationsModule : ModuleDefinition
{
    public override string Name => "Associations";

    public override string Title => "Hội trí thức";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(AssociationsDbContext);

    protected override IEnumerable<ModuleFields> Fields => [new AssociationFields(), new MemberFields(), new TermFields(), new ConsultationFields(), new DraftFields()];

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton(new DraftOptions(context.Configuration.GetValue<TimeSpan?>("Drafts:MinimumCommentWindow") ?? DraftOptions.DefaultMinimum));
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<AssociationsDemoData>(provider, context.DemoDataEnabled));
    }
}
