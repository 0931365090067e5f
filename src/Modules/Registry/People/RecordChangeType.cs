using Microsoft.Extensions.DependencyInjection;

namespace TriThuc.Modules.Registry.People;

/// <summary>One entry of a record's change history, shown on the record itself.</summary>
public sealed class RecordChangeType : ObjectGraphType<AuditEntry>
{
    public RecordChangeType()
    {
        Name = "RecordChange";
        Description = "Một lần thay đổi hồ sơ: ai, khi nào, trường nào, từ giá trị nào sang giá trị nào.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("action").Description("Created, Updated hoặc Deleted.").Resolve(c => c.Source.Action.ToString());
        Field(e => e.ChangedBy).Description("Người thay đổi.");
        Field(e => e.ChangedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm thay đổi.");
        Field<NonNullGraphType<StringGraphType>>("changes")
            .Description("Các trường đã đổi, dạng JSON: tên trường → { before, after }. Giá trị của trường nhạy cảm bị ẩn nếu bạn không có quyền đọc dữ liệu cá nhân.")
            .Resolve(c =>
            {
                var user = c.RequestServices!.GetRequiredService<ICurrentUser>().Access;
                if (!user.HasPermission(Permissions.PersonalDataRead))
                {
                    return AuditChanges.WithoutPersonalValues(c.Source.Changes);
                }

                var log = c.RequestServices!.GetRequiredService<ISensitiveReadLog>();
                foreach (var field in AuditChanges.PersonalFields(c.Source.Changes))
                {
                    log.Record(c.Source.EntityType, c.Source.EntityId, "history." + field);
                }

                return c.Source.Changes;
            });
    }
}
