namespace TriThuc.Testing;

/// <summary>
/// Which database provider the test hosts run on: SQLite files by default, PostgreSQL when
/// <c>TRITHUC_TEST_DATABASE=postgres</c> (with <see cref="PostgresServer"/> configured). CI runs the suite both ways.
/// </summary>
public static class TestDatabase
{
    public const string Variable = "TRITHUC_TEST_DATABASE";

    public static bool IsPostgres =>
        string.Equals(Environment.GetEnvironmentVariable(Variable), "postgres", StringComparison.OrdinalIgnoreCase);
}
