using System.Text.Json;

namespace TriThuc.Host.Imports;

/// <summary>
/// <c>dotnet run --project src/Host -- import registry FILE [--dry-run] [--kind trainings]</c> (without --kind,
/// the module's default importer, e.g. the Registry's intellectuals): imports a
/// file into a module on the server itself, as the "system" user, and prints the report. Exit code 0 when
/// the file was applied (or would be), 1 when rows were refused, 2 for a usage error.
/// </summary>
internal static class ImportCommand
{
    public const string Name = "import";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 2 || args[0].StartsWith("--", StringComparison.Ordinal) || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("usage: import MODULE FILE [--dry-run] [--kind KIND]");
            return 2;
        }

        var (moduleName, file) = (args[0], args[1]);
        var dryRun = false;
        string? kind = null;
        var rest = new List<string>(); // everything else is host configuration, e.g. --TriThuc:DataPath=...
        for (var i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--kind" when i + 1 < args.Length:
                    kind = args[++i];
                    break;
                default:
                    rest.Add(args[i]);
                    break;
            }
        }

        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"File not found: {file}");
            return 2;
        }

        await using var app = PlatformApplication.Build([.. rest]);
        await PlatformApplication.InitializeAsync(app);
        var module = app.Services.GetRequiredService<ModuleCatalog>().Modules
            .FirstOrDefault(m => string.Equals(m.Name, moduleName, StringComparison.OrdinalIgnoreCase));
        if (module is null)
        {
            Console.Error.WriteLine($"No module named '{moduleName}' is loaded.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var importer = kind is null
            ? scope.ServiceProvider.GetServices<SharedKernel.Imports.IFileImporter>()
                .Where(i => i.GetType().Assembly == module.Definition.GetType().Assembly)
                .OrderByDescending(i => i.IsDefault).FirstOrDefault()
            : ModuleImports.Find(scope.ServiceProvider, module, kind);
        if (importer is null)
        {
            Console.Error.WriteLine($"Module {module.Name} has no importer{(kind is null ? "" : $" for '{kind}'")}.");
            return 2;
        }

        await using var content = File.OpenRead(file);
        var report = await importer.ImportAsync(content, file, dryRun, CancellationToken.None);
        Console.WriteLine(JsonSerializer.Serialize(report, ModuleImports.Json));
        return !report.HasProblems ? 0 : 1;
    }
}
