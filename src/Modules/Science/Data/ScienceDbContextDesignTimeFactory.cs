using TriThuc.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TriThuc.Modules.Science.Data;

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
internal sealed class ScienceDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ScienceDbContext>
{
    public ScienceDbContext CreateDbContext(string[] args) =>
        new(ModuleDesignTime.Options<ScienceDbContext>(args, "science"));
}
