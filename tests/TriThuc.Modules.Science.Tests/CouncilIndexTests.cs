using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.Host.Plugins;
using TriThuc.SharedKernel.Data;

namespace TriThuc.Modules.Science.Tests;

/// <summary>The database itself keeps one chair and one secretary per council, whatever slips past the service.</summary>
public sealed class CouncilIndexTests(ScienceHost host) : IClassFixture<ScienceHost>
{
    [Theory]
    [InlineData("Chair", true)]
    [InlineData("Secretary", true)]
    [InlineData("Reviewer", false)]
    public async Task A_second_chair_or_secretary_row_is_refused_by_the_database(string role, bool refused)
    {
        var (council, _) = await host.SeatCouncilAsync(await host.WalkToAsync("UNDER_APPRAISAL"), "APPRAISAL", 3, "2025-02-05");
        var module = host.Host.App.Services.GetRequiredService<ModuleCatalog>().Modules.Single(m => m.Name == "Science");
        await using var scope = host.Host.App.Services.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.Definition.DbContextType!);
        var seats = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == "CouncilMember");
        var table = seats.GetSchema() is { } schema ? $"\"{schema}\".\"{seats.GetTableName()}\"" : $"\"{seats.GetTableName()}\"";
        var columns = seats.GetProperties().Select(p => p.GetColumnName()).ToList();
        var copied = columns.Select(c => c switch { "Id" => "{0}", "IntellectualId" => "NULL", _ => $"\"{c}\"" });

        // Copies the council's existing seat of that role under a new id and without its person: a second seat with the same role.
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", copied)} FROM {table} WHERE \"CouncilId\" = {{1}} AND \"Role\" = {{2}}";
        var copy = db.Database.ExecuteSqlRawAsync(sql, Guid.NewGuid(), council, role);

        if (refused)
        {
            (await copy.Invoking(t => t).Should().ThrowAsync<Exception>()).Which.Message.Should().Contain("Role");
        }
        else
        {
            (await copy).Should().Be(1);
        }
    }
}
