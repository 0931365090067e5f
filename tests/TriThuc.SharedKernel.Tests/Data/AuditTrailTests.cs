using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Tests.Support;

namespace TriThuc.SharedKernel.Tests.Data;

public sealed class AuditTrailTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Creating_updating_and_deleting_a_record_each_leave_an_entry_with_who_when_and_what()
    {
        var id = await InScope(async db =>
        {
            var project = new Project { Code = "DT-01" };
            db.Projects.Add(project);
            await db.SaveChangesAsync();
            return project.Id;
        });
        _database.Clock.Now = _database.Clock.Now.AddHours(1);
        await InScope(async db =>
        {
            (await db.Projects.SingleAsync()).Code = "DT-01-SỬA";
            return await db.SaveChangesAsync();
        });
        await InScope(async db =>
        {
            db.Projects.Remove(await db.Projects.SingleAsync());
            return await db.SaveChangesAsync();
        });

        var trail = await InScope(db => db.AuditEntries.Where(a => a.EntityId == id.ToString()).OrderBy(a => a.ChangedAt).ThenBy(a => a.Id).ToListAsync());

        trail.Select(a => a.Action).Should().Equal(AuditAction.Created, AuditAction.Updated, AuditAction.Deleted);
        trail.Should().OnlyContain(a => a.ChangedBy == "clerk-1" && a.RequestId == "request-1" && a.EntityType == "Project");
        Change(trail[0], "Code").GetProperty("after").GetString().Should().Be("DT-01");
        Change(trail[1], "Code").GetProperty("before").GetString().Should().Be("DT-01");
        Change(trail[1], "Code").GetProperty("after").GetString().Should().Be("DT-01-SỬA");
        JsonDocument.Parse(trail[1].Changes).RootElement.EnumerateObject().Select(p => p.Name).Should().Equal("Code");
        Change(trail[2], "Code").GetProperty("before").GetString().Should().Be("DT-01-SỬA");
        trail[1].ChangedAt.Should().Be(trail[0].ChangedAt.AddHours(1));
    }

    [Fact]
    public async Task Values_are_written_as_the_json_serializer_writes_them()
    {
        var project = new Project { Code = "DT-04", Due = new DateOnly(2025, 3, 1), Budget = 7, Urgent = true, Stage = ProjectStage.Approved };
        await InScope(async db =>
        {
            db.Projects.Add(project);
            return await db.SaveChangesAsync();
        });

        var entry = await InScope(db => db.AuditEntries.SingleAsync(a => a.EntityId == project.Id.ToString()));

        foreach (var (field, value) in new (string, object)[] { ("Id", project.Id), ("Due", project.Due), ("Budget", 7), ("Urgent", true), ("Stage", ProjectStage.Approved) })
        {
            Change(entry, field).GetProperty("after").GetRawText().Should().Be(JsonSerializer.Serialize(value), field);
        }
    }

    [Fact]
    public async Task A_change_that_fails_to_save_leaves_no_audit_entry()
    {
        await InScope(async db =>
        {
            db.Projects.Add(new Project { Code = "DT-02" });
            return await db.SaveChangesAsync();
        });

        var duplicate = () => InScope(async db =>
        {
            db.Projects.Add(new Project { Code = "DT-02" });
            return await db.SaveChangesAsync();
        });

        await duplicate.Should().ThrowAsync<DbUpdateException>();
        (await InScope(db => db.AuditEntries.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task An_audit_entry_can_be_neither_changed_nor_deleted()
    {
        await InScope(async db =>
        {
            db.Projects.Add(new Project { Code = "DT-03" });
            return await db.SaveChangesAsync();
        });

        var tamper = () => InScope(async db =>
        {
            var entry = await db.Set<AuditEntry>().SingleAsync();
            entry.ChangedBy = "someone else";
            return await db.SaveChangesAsync();
        });
        var erase = () => InScope(async db =>
        {
            db.Set<AuditEntry>().Remove(await db.Set<AuditEntry>().SingleAsync());
            return await db.SaveChangesAsync();
        });

        await tamper.Should().ThrowAsync<InvalidOperationException>().WithMessage("*append-only*");
        await erase.Should().ThrowAsync<InvalidOperationException>().WithMessage("*append-only*");
        (await InScope(db => db.AuditEntries.SingleAsync())).ChangedBy.Should().Be("clerk-1");
    }

    private Task<T> InScope<T>(Func<PublisherDbContext, Task<T>> work) =>
        _database.InScopeAsync(sp => work(sp.GetRequiredService<PublisherDbContext>()));

    private static JsonElement Change(AuditEntry entry, string field) => JsonDocument.Parse(entry.Changes).RootElement.GetProperty(field);
}
