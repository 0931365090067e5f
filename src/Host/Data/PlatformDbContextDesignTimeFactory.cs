using TriThuc.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TriThuc.Host.Data;

/// <summary>Lets `dotnet ef migrations add` build the host's context without starting the host.</summary>
internal sealed class PlatformDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(ModuleDesignTime.Options<PlatformDbContext>(args, "platform"));
}
