using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Tests.Support;

namespace TriThuc.SharedKernel.Tests.Data;

/// <summary>
/// The chain's hash is pinned to a value worked out outside .NET (HMAC-SHA-256 of the canonical JSON array the class
/// summary describes, by Python's hmac), so a change to the canonical form cannot slip in unnoticed: it would break
/// every chain already written.
/// </summary>
public sealed class AuditChainHashTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_row_hashes_to_the_value_its_canonical_form_gives()
    {
        var row = new AuditEntry
        {
            Id = Guid.Parse("0190a000-0000-7000-8000-000000000001"),
            EntityType = "Project",
            EntityId = "e-1",
            Action = AuditAction.Created,
            ChangedBy = "clerk-1",
            ChangedAt = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero),
            Changes = "{}",
        };

        var hash = await _database.InScopeAsync(services =>
        {
            var type = services.GetRequiredService<PublisherDbContext>().Model.FindEntityType(typeof(AuditEntry))!;
            return Task.FromResult(new AuditChain(Encoding.ASCII.GetBytes("trithuc-test-key-0123456789abcdef")).Hash(type, row, 1, null));
        });

        // ["AuditEntries",1,"","Action","Created","ChangedAt","t639321984000000","ChangedBy","clerk-1","Changes","{}",
        //  "EntityId","e-1","EntityType","Project","Id","0190a000-0000-7000-8000-000000000001","RequestId",null]
        hash.Should().Be("1382f4535ebcf46f8d2c902c722d0726dca27558f801051d6174926bd398cdef");
    }
}
