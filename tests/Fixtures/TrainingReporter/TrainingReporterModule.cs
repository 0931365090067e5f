using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Fixtures.TrainingReporter;

/// <summary>A test module standing for a university that reports completed trainings to the Registry.</summary>
public sealed class TrainingReporterModule : ModuleDefinition
{
    public override string Name => "TrainingReporter";

    public override Type? DbContextType => typeof(ReporterDbContext);

    public override void ConfigureGraphQL(GraphQLContribution graphql) =>
        graphql.Mutation.Field<NonNullGraphType<BooleanGraphType>>("reportTraining")
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Access(FieldAccess.Writes(Name))
            .ResolveAsync(async context =>
            {
                var db = context.RequestServices!.GetRequiredService<ReporterDbContext>();
                db.Publish(new TrainingCompleted(context.GetArgument<Guid>("intellectualId"), "InternationalEnvironment",
                    "Tiếng Anh chuyên ngành", "Phân hiệu Đại học Thái Nguyên", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20), 60, "PH-2025-01"));
                await db.SaveChangesAsync(context.CancellationToken);
                return true;
            });
}

public sealed class ReporterDbContext(DbContextOptions<ReporterDbContext> options) : ModuleDbContext(options);
