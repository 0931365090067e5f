using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TriThuc.SharedKernel.Data;

/// <summary>Model conventions every platform database needs on SQLite.</summary>
public static class SqliteConventions
{
    /// <summary>
    /// SQLite has no date-time type: stored as ticks, DateTimeOffset values sort and compare in SQL.
    /// Every value is written in UTC, so the offset part never disturbs the order.
    /// </summary>
    public static void Apply(ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
