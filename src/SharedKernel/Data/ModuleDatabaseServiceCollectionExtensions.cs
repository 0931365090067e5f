using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Events;
using TriThuc.SharedKernel.Identity;
using TriThuc.SharedKernel.Modules;
using TriThuc.SharedKernel.Time;

namespace TriThuc.SharedKernel.Data;

public static class ModuleDatabaseServiceCollectionExtensions
{
    /// <summary>Registers a module's DbContext on the database the host assigned to the module.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, ModuleContext module)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
        {
            switch (module.Database.Provider)
            {
                case DatabaseProvider.Sqlite:
                    options.UseSqlite(module.Database.ConnectionString);
                    options.AddInterceptors(SqliteConnectionPragmas.Instance);
                    break;
                default:
                    throw new NotSupportedException($"Database provider {module.Database.Provider} is not supported.");
            }

            options.AddInterceptors(new ModuleSaveChangesInterceptor(
                provider.GetRequiredService<IClock>(),
                provider.GetRequiredService<ICurrentUser>(),
                provider.GetRequiredService<IOutboxSignal>()));
        });
        return services;
    }
}
