namespace TriThuc.Host.Audit;

/// <summary>One chain of one database as verified (<see cref="AuditVerifier"/>).</summary>
internal sealed record DatabaseChain(string Database, ChainReport Chain);

/// <summary>
/// Walks every append-only log's chain in the host's database and in every running module's, each with the host's
/// chain key (<see cref="AuditChain.VerifyAsync"/>): what the <c>verify-audit</c> command prints and start-up checks.
/// </summary>
internal sealed class AuditVerifier(ModuleCatalog catalog, IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<DatabaseChain>> VerifyAsync(CancellationToken cancellationToken)
    {
        var databases = catalog.Modules.Where(m => m.Definition.DbContextType is not null && catalog.IsRunning(m.Name))
            .Select(m => (m.Name, ContextType: m.Definition.DbContextType!))
            .Prepend((PlatformDbContext.AuditModuleName, typeof(PlatformDbContext)));
        var chains = new List<DatabaseChain>();
        foreach (var (name, contextType) in databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            chains.AddRange((await AuditChain.Of(db).VerifyAsync(db, cancellationToken)).Select(c => new DatabaseChain(name, c)));
        }

        return chains;
    }
}

/// <summary>What the start-up verification found: null while it runs (or when it is switched off).</summary>
internal sealed class AuditChainStatus
{
    public IReadOnlyList<DatabaseChain>? Chains { get; set; }

    public string? Failure { get; set; }
}
