using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriThuc.SharedKernel.Modules;

namespace TriThuc.SharedKernel.Tests.Modules;

public sealed class ConventionServicesModuleTests
{
    [Fact]
    public void A_modules_services_are_described_once_however_many_containers_the_host_builds()
    {
        var module = new CountingModule();
        var services = module.CreateServicesModule(Context());

        foreach (var _ in Enumerable.Range(0, 2))
        {
            var builder = new ContainerBuilder();
            builder.RegisterModule(services);
            using var container = builder.Build();
        }

        module.ConfigureServicesCalls.Should().Be(1);
    }

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    public async Task A_modules_background_service_starts_only_while_the_host_runs_the_module(bool running, int expectedStarts)
    {
        var module = new CountingModule();
        var builder = new ContainerBuilder();
        builder.RegisterModule(module.CreateServicesModule(Context()));
        builder.RegisterInstance<IRunningModules>(new RunningModules(running));
        await using var container = builder.Build();

        foreach (var hosted in container.Resolve<IEnumerable<IHostedService>>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        module.Starts.Count.Should().Be(expectedStarts);
    }

    private static ModuleContext Context() =>
        new("Counting", new ConfigurationBuilder().Build(), new ModuleDatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:"), "Test");

    private sealed class RunningModules(bool running) : IRunningModules
    {
        public bool IsRunning(string moduleName) => running;
    }

    private sealed class CountingModule : ModuleDefinition
    {
        public override string Name => "Counting";

        public int ConfigureServicesCalls { get; private set; }

        public StartCounter Starts { get; } = new();

        public override void ConfigureServices(IServiceCollection services, ModuleContext context)
        {
            ConfigureServicesCalls++;
            services.AddSingleton(Starts);
            services.AddHostedService<CountingBackgroundWork>();
        }
    }

    private sealed class StartCounter
    {
        public int Count { get; set; }
    }

    private sealed class CountingBackgroundWork(StartCounter starts) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            starts.Count++;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
