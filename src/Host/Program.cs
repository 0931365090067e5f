using TriThuc.Host;

var app = PlatformApplication.Build(args);
await PlatformApplication.InitializeAsync(app);
await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
