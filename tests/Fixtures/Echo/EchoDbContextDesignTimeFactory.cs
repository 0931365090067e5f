using TriThuc.SharedKernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TriThuc.Fixtures.Echo;

/// <summary>Lets `dotnet ef migrations add` build the context without a host.</summary>
internal sealed class EchoDbContextDesignTimeFactory : IDesignTimeDbContextFactory<EchoDbContext>
{
    public EchoDbContext CreateDbContext(string[] args) =>
        new(ModuleDesignTime.Options<EchoDbContext>(args, "echo"));
}
