using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Domain;
using TriThuc.SharedKernel.Errors;
using TriThuc.SharedKernel.Privacy;

namespace TriThuc.SharedKernel.Tests.Data;

/// <summary>Records written past the change tracker (<see cref="BulkInsert"/>, an import's staging) are refused as a save of them would be.</summary>
public sealed class RestrictedProcessingTests
{
    private static readonly Guid Restricted = Guid.Parse("0f6b2c4e-8d1a-4e3b-9c7d-2a5e8f1b3c6d");

    [Fact]
    public async Task Records_naming_a_restricted_person_are_refused_naming_the_field()
    {
        var records = new[] { new Course { PersonId = Guid.NewGuid() }, new Course { PersonId = Restricted } };

        var refusing = () => RestrictedProcessing.RefuseAsync(records, new Restrictions(), CancellationToken.None);

        (await refusing.Should().ThrowAsync<DomainException>())
            .Which.Should().Match<DomainException>(e => e.Code == ErrorCodes.ProcessingRestricted && e.Field == "personId");
    }

    [Fact]
    public async Task Records_naming_no_restricted_person_are_let_through()
    {
        var records = new[] { new Course { PersonId = Guid.NewGuid() } };

        var refusing = () => RestrictedProcessing.RefuseAsync(records, new Restrictions(), CancellationToken.None);

        await refusing.Should().NotThrowAsync();
    }

    private sealed class Course : Entity
    {
        [DataSubject]
        public Guid PersonId { get; set; }
    }

    private sealed class Restrictions : IProcessingRestrictions
    {
        public Task<bool> IsRestrictedAsync(string personId, CancellationToken cancellationToken) => Task.FromResult(personId == Restricted.ToString());

        public Task<IReadOnlySet<string>> RestrictedAmongAsync(IReadOnlyCollection<string> personIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlySet<string>>(personIds.Where(id => id == Restricted.ToString()).ToHashSet());
    }
}
