using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Tests.Support;

namespace TriThuc.SharedKernel.Tests.Data;

/// <summary>Records written past the change tracker (<see cref="BulkInsert"/>, an import's staging) are refused as a save of them would be.</summary>
public sealed class RestrictedProcessingTests : IDisposable
{
    private readonly TestDatabase _database = new();

    private readonly Guid _restricted = Guid.NewGuid();

    public RestrictedProcessingTests() => _database.Restrictions.Restricted.Add(_restricted.ToString());

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Records_naming_a_restricted_person_are_refused_naming_the_field()
    {
        var records = new[] { new Project { LeadId = Guid.NewGuid() }, new Project { LeadId = _restricted } };

        var refusing = () => RestrictedProcessing.RefuseAsync(null, records, _database.Restrictions, CancellationToken.None);

        (await refusing.Should().ThrowAsync<DomainException>())
            .Which.Should().Match<DomainException>(e => e.Code == ErrorCodes.ProcessingRestricted && e.Field == "leadId");
    }

    [Fact]
    public async Task Records_naming_no_restricted_person_are_let_through()
    {
        var records = new[] { new Project { LeadId = Guid.NewGuid() }, new Project() };

        var refusing = () => RestrictedProcessing.RefuseAsync(null, records, _database.Restrictions, CancellationToken.None);

        await refusing.Should().NotThrowAsync();
    }

    [Fact]
    public async Task A_bulk_insert_naming_a_restricted_person_is_refused()
    {
        var code = await _database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PublisherDbContext>();
            Project[] projects = [new Project { Code = "DT-1" }, new Project { Code = "DT-2", LeadId = _restricted }];
            await using var transaction = await db.Database.BeginTransactionAsync();
            var inserting = () => BulkInsert.InsertAsync(db, projects, services.GetRequiredService<ICurrentUser>(), _database.Clock.Now, CancellationToken.None);
            return (await inserting.Should().ThrowAsync<DomainException>()).Which.Code;
        });

        code.Should().Be(ErrorCodes.ProcessingRestricted);
    }

    [Fact]
    public async Task A_record_naming_its_person_through_another_is_refused_when_that_person_is_restricted_and_nothing_is_saved()
    {
        var (refused, saved) = await _database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PublisherDbContext>();
            Project restrictedLead = new() { Code = "DT-3", LeadId = Guid.NewGuid() }, otherLead = new() { Code = "DT-4", LeadId = Guid.NewGuid() };
            db.Projects.AddRange(restrictedLead, otherLead);
            await db.SaveChangesAsync();
            _database.Restrictions.Restricted.Add(restrictedLead.LeadId!.Value.ToString());

            db.Reviews.Add(new ProjectReview { ProjectId = otherLead.Id, Verdict = "Đạt" });
            await db.SaveChangesAsync();
            db.Reviews.Add(new ProjectReview { ProjectId = restrictedLead.Id, Verdict = "Đạt" });
            var saving = () => db.SaveChangesAsync();
            var error = (await saving.Should().ThrowAsync<DomainException>()).Which;
            db.ChangeTracker.Clear();
            return (error, await db.Reviews.Select(r => r.ProjectId).ToListAsync());
        });

        refused.Should().Match<DomainException>(e => e.Code == ErrorCodes.ProcessingRestricted && e.Field == "projectId");
        saved.Should().ContainSingle();
    }
}
