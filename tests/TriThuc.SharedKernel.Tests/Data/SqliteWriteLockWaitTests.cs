using Microsoft.Data.Sqlite;
using TriThuc.SharedKernel.Data;

namespace TriThuc.SharedKernel.Tests.Data;

public sealed class SqliteWriteLockWaitTests
{
    [Fact]
    public void A_save_waits_for_another_writer_less_long_than_a_request_may_run_unless_the_connection_string_says_otherwise()
    {
        var platform = new SqliteConnectionStringBuilder(SqliteConnectionPragmas.WithWriteLockWait("Data Source=registry.db"));
        var configured = new SqliteConnectionStringBuilder(SqliteConnectionPragmas.WithWriteLockWait("Data Source=registry.db;Default Timeout=3"));

        platform.DefaultTimeout.Should().Be(20).And.BeLessThan(30, "the GraphQL request deadline is 30 s: a busy database must be reported before it");
        platform.DataSource.Should().Be("registry.db");
        configured.DefaultTimeout.Should().Be(3);
    }
}
