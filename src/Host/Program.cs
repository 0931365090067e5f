using TriThuc.Host;
using TriThuc.Host.Security;

switch (args.FirstOrDefault())
{
    case TokenCommand.Name:
        return TokenCommand.Run(args[1..]);
    case TriThuc.Host.Imports.ImportCommand.Name:
        return await TriThuc.Host.Imports.ImportCommand.RunAsync(args[1..]);
    case TriThuc.Host.Data.MigrateCommand.Name:
        return await TriThuc.Host.Data.MigrateCommand.RunAsync(args[1..]);
    case TriThuc.Host.Data.MigrateDataCommand.Name:
        return await TriThuc.Host.Data.MigrateDataCommand.RunAsync(args[1..]);
    case TriThuc.Host.Audit.VerifyAuditCommand.Name:
        return await TriThuc.Host.Audit.VerifyAuditCommand.RunAsync(args[1..]);
}

var app = PlatformApplication.Build(args);
await PlatformApplication.InitializeAsync(app);
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to tests.</summary>
public partial class Program;
