using TriThuc.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TriThuc.Modules.Registry.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
internal sealed class RegistryDbContextDesignTimeFactory : IDesignTimeDbContextFactory<RegistryDbContext>
{
    public RegistryDbContext CreateDbContext(string[] args) =>
        new(ModuleDesignTime.Options<RegistryDbContext>(args, "registry"));
}
