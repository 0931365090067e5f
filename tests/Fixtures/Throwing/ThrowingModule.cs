using Microsoft.Extensions.DependencyInjection;
using TriThuc.SharedKernel.Modules;

namespace TriThuc.Fixtures.Throwing;

/// <summary>A test module whose registration fails, as a misconfigured plugin would.</summary>
public sealed class ThrowingModule : ModuleDefinition
{
    public override string Name => "Throwing";

    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        throw new InvalidOperationException("cấu hình của phân hệ bị hỏng");
}
