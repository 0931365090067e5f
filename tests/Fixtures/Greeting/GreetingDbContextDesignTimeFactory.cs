using TriThuc.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TriThuc.Fixtures.Greeting;

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
internal sealed class GreetingDbContextDesignTimeFactory : IDesignTimeDbContextFactory<GreetingDbContext>
{
    public GreetingDbContext CreateDbContext(string[] args) =>
        new(ModuleDesignTime.Options<GreetingDbContext>(args, "greeting"));
}
