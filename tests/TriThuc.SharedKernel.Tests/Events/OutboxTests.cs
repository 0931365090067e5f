using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Tests.Support;

namespace TriThuc.SharedKernel.Tests.Events;

public sealed class OutboxTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_event_is_stored_with_the_change_that_raised_it_and_delivered_once()
    {
        var projectId = await ApproveProjectAsync("DT-01");

        (await _database.DispatchAsync()).Should().Be(1);

        (await NotesAsync()).Should().ContainSingle().Which.ProjectId.Should().Be(projectId);
        (await PendingOutboxCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task When_the_change_fails_to_save_its_event_is_not_stored_either()
    {
        await ApproveProjectAsync("DT-01");

        var duplicate = () => ApproveProjectAsync("DT-01");

        await duplicate.Should().ThrowAsync<DbUpdateException>();
        (await _database.InScopeAsync(sp => sp.GetRequiredService<PublisherDbContext>().OutboxMessages.CountAsync())).Should().Be(1);
    }

    [Fact]
    public async Task After_a_failed_save_a_later_save_in_the_same_scope_does_not_commit_what_failed()
    {
        await ApproveProjectAsync("DT-01");

        var (projects, events) = await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PublisherDbContext>();
            var duplicate = new Project { Code = "DT-01" };
            db.Projects.Add(duplicate);
            db.Publish(new ProjectApproved(duplicate.Id, duplicate.Code));
            var failing = () => db.SaveChangesAsync();
            await failing.Should().ThrowAsync<DbUpdateException>();

            var next = new Project { Code = "DT-09" };
            db.Projects.Add(next);
            db.Publish(new ProjectApproved(next.Id, next.Code));
            await db.SaveChangesAsync();
            return (await db.Projects.CountAsync(), await db.OutboxMessages.CountAsync());
        });

        projects.Should().Be(2);
        events.Should().Be(2, "the failed change's event must not ride along with the next save");
    }

    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart()
    {
        await ApproveProjectAsync("DT-02");

        _database.Restart();
        await _database.DispatchAsync();

        (await NotesAsync()).Should().HaveCount(1);
    }

    [Fact]
    public async Task A_redelivered_event_does_not_run_a_handler_twice()
    {
        await ApproveProjectAsync("DT-03");
        await _database.DispatchAsync();

        // A crash after the handlers committed but before the outbox row was marked: it comes again.
        await _database.InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<PublisherDbContext>();
            return await db.OutboxMessages.ExecuteUpdateAsync(m => m.SetProperty(x => x.ProcessedAt, (DateTimeOffset?)null));
        });
        _database.Restart();
        (await _database.DispatchAsync()).Should().Be(1);

        (await NotesAsync()).Should().HaveCount(1);
        (await PendingOutboxCountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_later_without_rerunning_the_handlers_that_succeeded()
    {
        _database.Services.GetRequiredService<HandlerLog>().FlakyFailuresLeft = 1;
        await ApproveProjectAsync("DT-04");

        (await _database.DispatchAsync()).Should().Be(0);
        var failed = await _database.InScopeAsync(sp => sp.GetRequiredService<PublisherDbContext>().OutboxMessages.SingleAsync());
        failed.Attempts.Should().Be(1);
        failed.LastError.Should().Contain("downstream unavailable");
        failed.NextAttemptAt.Should().BeAfter(_database.Clock.Now);

        (await _database.DispatchAsync()).Should().Be(0, "the retry is not due yet");

        _database.Clock.Now = _database.Clock.Now.AddMinutes(1);
        (await _database.DispatchAsync()).Should().Be(1);
        (await NotesAsync()).Should().HaveCount(1, "the handler that had succeeded is not run again");
    }

    [Fact]
    public async Task Saved_entities_carry_who_created_them_and_when()
    {
        await ApproveProjectAsync("DT-05");

        var project = await _database.InScopeAsync(sp => sp.GetRequiredService<PublisherDbContext>().Projects.SingleAsync());
        project.CreatedBy.Should().Be("clerk-1");
        project.CreatedAt.Should().Be(_database.Clock.Now);
        project.UpdatedAt.Should().BeNull();
    }

    private Task<Guid> ApproveProjectAsync(string code) => _database.InScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<PublisherDbContext>();
        var project = new Project { Code = code };
        db.Projects.Add(project);
        db.Publish(new ProjectApproved(project.Id, code));
        await db.SaveChangesAsync();
        return project.Id;
    });

    private Task<List<ApprovalNote>> NotesAsync() =>
        _database.InScopeAsync(sp => sp.GetRequiredService<SubscriberDbContext>().Notes.ToListAsync());

    private Task<int> PendingOutboxCountAsync() =>
        _database.InScopeAsync(sp => sp.GetRequiredService<PublisherDbContext>().OutboxMessages.CountAsync(m => m.ProcessedAt == null));
}
