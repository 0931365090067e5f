using Microsoft.EntityFrameworkCore;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Tests.Support;

public sealed record ProjectApproved(Guid ProjectId, string Code) : IntegrationEvent;

public sealed class Project : Entity
{
    public string Code { get; set; } = "";

    /// <summary>Who leads the project: a person whose processing may be restricted (<see cref="TestDatabase.Restrictions"/>).</summary>
    [Privacy.DataSubject]
    public Guid? LeadId { get; set; }

    public DateOnly? Due { get; set; }

    public int Budget { get; set; }

    public bool Urgent { get; set; }

    public ProjectStage Stage { get; set; }
}

public enum ProjectStage
{
    Proposed,
    Approved,
}

/// <summary>A record about the project's lead without naming them: they are found through the project.</summary>
public sealed class ProjectReview : Entity
{
    [Privacy.DataSubjectVia(typeof(Project), nameof(Project.LeadId))]
    public Guid ProjectId { get; set; }

    public string Verdict { get; set; } = "";
}

public sealed class ApprovalNote : Entity
{
    public Guid ProjectId { get; set; }
}

public sealed class PublisherDbContext(DbContextOptions<PublisherDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Project> Projects => Set<Project>();

    public DbSet<ProjectReview> Reviews => Set<ProjectReview>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Project>().HasIndex(p => p.Code).IsUnique();
    }
}

public sealed class SubscriberDbContext(DbContextOptions<SubscriberDbContext> options) : ModuleDbContext(options)
{
    public DbSet<ApprovalNote> Notes => Set<ApprovalNote>();
}

/// <summary>Counts how often handlers ran, across scopes and restarts of the service provider.</summary>
public sealed class HandlerLog
{
    public int FlakyFailuresLeft { get; set; }
}

/// <summary>Writes one note per event into the subscriber database.</summary>
public sealed class CountingHandler(SubscriberDbContext db) : IntegrationEventHandler<ProjectApproved, SubscriberDbContext>
{
    public override Task HandleAsync(ProjectApproved integrationEvent, CancellationToken cancellationToken)
    {
        db.Notes.Add(new ApprovalNote { ProjectId = integrationEvent.ProjectId });
        return Task.CompletedTask;
    }
}

/// <summary>Fails as many times as <see cref="HandlerLog.FlakyFailuresLeft"/> says, then succeeds.</summary>
public sealed class FlakyHandler(HandlerLog log) : IntegrationEventHandler<ProjectApproved, SubscriberDbContext>
{
    public override Task HandleAsync(ProjectApproved integrationEvent, CancellationToken cancellationToken)
    {
        if (log.FlakyFailuresLeft > 0)
        {
            log.FlakyFailuresLeft--;
            throw new InvalidOperationException("downstream unavailable");
        }

        return Task.CompletedTask;
    }
}

public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; set; } = now;
}

public sealed class TestUser(string id) : ICurrentUser
{
    public bool IsAuthenticated => true;

    public string Id => id;

    public string? RequestId => "request-1";

    public TriThuc.SharedKernel.Security.PlatformUser Access => TriThuc.SharedKernel.Security.PlatformUser.Anonymous;
}

/// <summary>The handlers of this test assembly, found the way the host finds a module's.</summary>
public sealed class TestHandlers : IIntegrationEventHandlerSource
{
    public IReadOnlyList<IntegrationEventHandlerDescriptor> Handlers { get; } =
        IntegrationEventHandlerDescriptor.DiscoverIn(typeof(TestHandlers).Assembly).ToList();
}

public sealed class TestRestrictions : Privacy.IProcessingRestrictions
{
    public HashSet<string> Restricted { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<bool> IsRestrictedAsync(string personId, CancellationToken cancellationToken) => Task.FromResult(Restricted.Contains(personId));

    public Task<IReadOnlySet<string>> RestrictedAmongAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(personIds.Where(Restricted.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase));
}
