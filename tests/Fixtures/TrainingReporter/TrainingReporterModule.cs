using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Modules.Registry.Contracts;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.GraphQL;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Security;

namespace TriThuc.Fixtures.TrainingReporter;

/// <summary>A test module standing for a university that reports completed trainings, degrees and honours to the Registry.</summary>
public sealed class TrainingReporterModule : ModuleDefinition
{
    public override string Name => "TrainingReporter";

    public override IReadOnlyList<string> DependsOn => ["Registry"];

    public override Type? DbContextType => typeof(ReporterDbContext);

    public override void ConfigureGraphQL(GraphQLContribution graphql)
    {
        Report(graphql, "reportTraining", person => new TrainingCompleted(person, "InternationalEnvironment",
            "Tiếng Anh chuyên ngành", "Phân hiệu Đại học Thái Nguyên", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20), 60, "PH-2025-01"));
        Report(graphql, "reportQualification", person => new QualificationObtained(person, "Master", "Khoa học cây trồng", "Đại học Thái Nguyên", "Việt Nam", 2024));
        Report(graphql, "reportHonour", person => new HonourAwarded(person, 2025, "Trí thức tiêu biểu tỉnh Tuyên Quang", "UBND tỉnh Tuyên Quang"));
    }

    private static void Report(GraphQLContribution graphql, string name, Func<Guid, IntegrationEvent> happened) =>
        graphql.Mutation.Field<NonNullGraphType<BooleanGraphType>>(name)
            .Argument<NonNullGraphType<IdGraphType>>("intellectualId")
            .Writes()
            .ResolveAsync(async context =>
            {
                var db = context.RequestServices!.GetRequiredService<ReporterDbContext>();
                db.Publish(happened(context.GetArgument<Guid>("intellectualId")));
                await db.SaveChangesAsync(context.CancellationToken);
                return true;
            });
}

public sealed class ReporterDbContext(DbContextOptions<ReporterDbContext> options) : ModuleDbContext(options);
