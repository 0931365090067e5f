using Xunit;

namespace TriThuc.Testing;

/// <summary>A test that looks inside SQLite files, so it has nothing to check when the hosts run on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgres)
        {
            Skip = "Inspects SQLite files; this run uses PostgreSQL.";
        }
    }
}

/// <summary>A test that needs a PostgreSQL server (<c>TRITHUC_TEST_POSTGRES</c>); without one it is skipped, and says so.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresServer.IsAvailable)
        {
            Skip = $"Needs a PostgreSQL server: set {PostgresServer.Variable} (bash .ci/run does).";
        }
    }
}
