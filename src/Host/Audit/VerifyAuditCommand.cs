namespace TriThuc.Host.Audit;

/// <summary>
/// <c>dotnet run --project src/Host -- verify-audit [--TriThuc:...]</c>: walks the chain of every append-only log (audit
/// entries of the host and of every module, the access log, review snapshots) and prints, per log, its length and last
/// hash, or the first row that breaks it (table, id, what is wrong). Exit code 0 when every chain holds, 1 when one is
/// broken, 2 when they could not be read.
/// </summary>
internal static class VerifyAuditCommand
{
    public const string Name = "verify-audit";

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await using var app = PlatformApplication.Build([.. args, "--TriThuc:Audit:VerifyAtStartup=false", "--TriThuc:Plugins:OnLoadFailure=Stop"]);
            await PlatformApplication.InitializeAsync(app);
            var chains = await app.Services.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
            foreach (var (database, chain) in chains)
            {
                Console.WriteLine(chain.Break is { } broken
                    ? $"BROKEN {database}.{broken.Table} id {broken.Id}: {broken.Problem}"
                    : $"ok     {database}.{chain.Table}: {chain.Length} rows, last hash {chain.Head ?? "-"}");
            }

            var brokenCount = chains.Count(c => c.Chain.Break is not null);
            Console.WriteLine(brokenCount == 0 ? "Every audit chain holds." : $"{brokenCount} audit chain(s) broken.");
            return brokenCount == 0 ? 0 : 1;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"The audit chains could not be verified: {ex.Message}");
            return 2;
        }
    }
}
