using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Data;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Imports;
using TriThuc.SharedKernel.Tests.Support;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Tests.Data;

/// <summary>
/// What an import's check pass keeps on SQLite (<see cref="SqliteStaging{T}"/> behind <see cref="PreparedRecords{T}"/>):
/// copied as staged, or with its audit entries linked again after a save meanwhile, given up, not failed, when the
/// staging database is full, and deleted when the import ends.
/// </summary>
public sealed class SqliteStagingTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Staged_records_are_copied_with_their_audit_entries_in_an_unbroken_chain(bool savedMeanwhile)
    {
        await InScope(async (db, prepared) =>
        {
            await db.Database.OpenConnectionAsync();
            await prepared.AddAsync(Projects("A", 1_500), CancellationToken.None);
            await prepared.AddAsync(Projects("B", 700), CancellationToken.None);
            if (savedMeanwhile)
            {
                await SaveElsewhereAsync();
            }

            await prepared.ReadyAsync(CancellationToken.None);
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                await foreach (var _ in prepared.WriteAsync(CancellationToken.None))
                {
                }

                await transaction.CommitAsync();
            }

            await prepared.DisposeAsync();
            return 0;
        });

        await InScope(async (db, _) =>
        {
            (await db.Projects.CountAsync()).Should().Be(2_200 + (savedMeanwhile ? 1 : 0));
            (await db.AuditEntries.CountAsync(a => a.EntityType == nameof(Project))).Should().Be(2_200 + (savedMeanwhile ? 1 : 0));
            var chains = await AuditChain.Of(db).VerifyAsync(db, CancellationToken.None);
            chains.Should().OnlyContain(c => c.Break == null);
            return 0;
        });
    }

    [Fact]
    public async Task A_full_staging_database_gives_up_the_kept_records_instead_of_failing_the_import_and_leaves_no_file()
    {
        SqliteStaging<Project>.MaxPagesForTests.Value = 8;
        try
        {
            await InScope(async (db, prepared) =>
            {
                await db.Database.OpenConnectionAsync();
                await prepared.AddAsync(Projects("A", 10), CancellationToken.None);
                StagingFiles().Should().ContainSingle("the check stages beside the module's database");

                var keeping = async () =>
                {
                    await prepared.AddAsync(Projects("B", 2_000), CancellationToken.None);
                    await prepared.AddAsync(Projects("C", 2_000), CancellationToken.None);
                    await prepared.ReadyAsync(CancellationToken.None);
                };

                await keeping.Should().NotThrowAsync();
                prepared.IsComplete.Should().BeFalse("the write pass must check the file again");
                StagingFiles().Should().BeEmpty("what was staged is deleted");
                return 0;
            });
        }
        finally
        {
            SqliteStaging<Project>.MaxPagesForTests.Value = null;
        }
    }

    [Fact]
    public async Task The_staging_file_is_the_owners_only_and_gone_when_the_import_ends()
    {
        await InScope(async (db, prepared) =>
        {
            await db.Database.OpenConnectionAsync();
            await prepared.AddAsync(Projects("A", 10), CancellationToken.None);
            var file = StagingFiles().Should().ContainSingle().Subject;
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await prepared.ReadyAsync(CancellationToken.None);
            await prepared.DisposeAsync();
            StagingFiles().Should().BeEmpty();
            (await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_database_list").ToListAsync())
                .Should().NotContain(name => name.StartsWith("staging", StringComparison.Ordinal), "the connection goes back to the pool as it came");
            return 0;
        });
    }

    [Fact]
    public async Task An_import_whose_connection_closed_before_it_was_disposed_leaves_no_staging_attached_to_a_pooled_connection()
    {
        await InScope(async (db, prepared) =>
        {
            await db.Database.OpenConnectionAsync();
            await prepared.AddAsync(Projects("A", 10), CancellationToken.None);
            await prepared.ReadyAsync(CancellationToken.None);
            await db.Database.CloseConnectionAsync();
            await prepared.DisposeAsync();
            return 0;
        });

        var attached = await InScope(async (db, _) =>
        {
            await db.Database.OpenConnectionAsync();
            return await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM pragma_database_list").ToListAsync();
        });

        attached.Should().NotContain(name => name.StartsWith("staging", StringComparison.Ordinal));
        StagingFiles().Should().BeEmpty();
    }

    /// <summary>The importer checked the chunk before the restriction; the write pass must check it again rather than write it.</summary>
    [Fact]
    public async Task Records_naming_a_person_restricted_since_the_check_are_given_up_not_kept()
    {
        var lead = Guid.NewGuid();
        _database.Restrictions.Restricted.Add(lead.ToString());

        var complete = await InScope(async (db, prepared) =>
        {
            await db.Database.OpenConnectionAsync();
            await prepared.AddAsync([new Project { Code = "DT-1", LeadId = lead }], CancellationToken.None);
            return prepared.IsComplete;
        });

        complete.Should().BeFalse();
    }

    private string[] StagingFiles() => Directory.GetFiles(_database.Folder, "*-import-*");

    private static List<Project> Projects(string prefix, int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Project { Code = $"{prefix}-{i:0000}", Budget = i, Due = new DateOnly(2027, 1, 1) })];

    private Task SaveElsewhereAsync() => InScope(async (db, _) =>
    {
        db.Projects.Add(new Project { Code = "TYPED-IN" });
        return await db.SaveChangesAsync();
    });

    private Task<T> InScope<T>(Func<PublisherDbContext, PreparedRecords<Project>, Task<T>> work) =>
        _database.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<PublisherDbContext>();
            await using var prepared = new PreparedRecords<Project>(db, services.GetRequiredService<ICurrentUser>(), services.GetRequiredService<IClock>(),
                (_, _) => Task.FromResult(true));
            return await work(db, prepared);
        });
}
