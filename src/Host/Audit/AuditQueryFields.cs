namespace TriThuc.Host.Audit;

/// <summary>
/// The host's <c>auditTrail</c> field: every recorded change of one record, across every module's
/// audit table, oldest first. Administrators only; there is deliberately no field that changes an entry.
/// </summary>
internal static class AuditQueryFields
{
    public const int MaxEntriesPerModule = 1_000;

    public static void AddTo(ObjectGraphType root, ModuleCatalog catalog)
    {
        var entry = new ObjectGraphType<ModuleAuditEntry> { Name = "AuditEntry", Description = "Một lần thay đổi một bản ghi." };
        entry.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Entry.Id);
        entry.Field<NonNullGraphType<StringGraphType>>("module").Description("Phân hệ giữ bản ghi.").Resolve(c => c.Source.Module);
        entry.Field<NonNullGraphType<StringGraphType>>("entityType").Description("Loại bản ghi.").Resolve(c => c.Source.Entry.EntityType);
        entry.Field<NonNullGraphType<IdGraphType>>("entityId").Description("Mã bản ghi.").Resolve(c => c.Source.Entry.EntityId);
        entry.Field<NonNullGraphType<StringGraphType>>("action").Description("Created, Updated hoặc Deleted.").Resolve(c => c.Source.Entry.Action.ToString());
        entry.Field<NonNullGraphType<StringGraphType>>("changedBy").Description("Người thay đổi.").Resolve(c => c.Source.Entry.ChangedBy);
        entry.Field<NonNullGraphType<DateTimeOffsetGraphType>>("changedAt").Description("Thời điểm thay đổi.").Resolve(c => c.Source.Entry.ChangedAt);
        entry.Field<StringGraphType>("requestId").Description("Mã yêu cầu HTTP đã gây ra thay đổi.").Resolve(c => c.Source.Entry.RequestId);
        entry.Field<NonNullGraphType<StringGraphType>>("changes")
            .Description("Các trường đã đổi, dạng JSON: tên trường → { before, after }.")
            .Resolve(c => c.Source.Entry.Changes);

        root.Field("auditTrail", new NonNullGraphType(new ListGraphType(new NonNullGraphType(entry))))
            .Description("Ai đã thay đổi bản ghi này, khi nào và thay đổi gì (chỉ quản trị viên).")
            .Argument<NonNullGraphType<IdGraphType>>("entityId", "Mã bản ghi.")
            .Access(FieldAccess.Administrator)
            .ResolveAsync(async context =>
            {
                var entityId = context.GetArgument<string>("entityId");
                var databases = catalog.Modules.Where(m => m.Definition.DbContextType is not null)
                    .Select(m => (m.Name, Context: m.Definition.DbContextType!))
                    .Prepend((PlatformDbContext.AuditModuleName, typeof(PlatformDbContext)));
                var trail = new List<ModuleAuditEntry>();
                foreach (var (module, contextType) in databases)
                {
                    var db = (ModuleDbContext)context.RequestServices!.GetRequiredService(contextType);
                    var entries = await db.AuditEntries.Where(a => a.EntityId == entityId)
                        .OrderBy(a => a.ChangedAt).Take(MaxEntriesPerModule).ToListAsync(context.CancellationToken);
                    trail.AddRange(entries.Select(e => new ModuleAuditEntry(module, e)));
                }

                // The trail shows personal data's old and new values to administrators: each showing is logged.
                var log = context.RequestServices!.GetRequiredService<ISensitiveReadLog>();
                foreach (var (_, entry) in trail)
                {
                    foreach (var field in AuditChanges.PersonalFields(entry.Changes))
                    {
                        log.Record(entry.EntityType, entry.EntityId, "auditTrail." + field);
                    }
                }

                return trail.OrderBy(e => e.Entry.ChangedAt).ThenBy(e => e.Entry.Id).ToList();
            });
    }
}
