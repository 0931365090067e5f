namespace TriThuc.Host.Security;

public sealed class SensitiveDataReadType : ObjectGraphType<AccessLogEntry>
{
    public SensitiveDataReadType()
    {
        Name = "SensitiveDataRead";
        Description = "Một lần đọc dữ liệu cá nhân nhạy cảm: ai, khi nào, hồ sơ nào, những trường nào, từ yêu cầu nào.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.ReadAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("Thời điểm đọc.");
        Field(e => e.UserId).Description("Người đọc.");
        Field(e => e.RequestId, nullable: true).Description("Mã yêu cầu HTTP.");
        Field(e => e.RecordType).Description("Loại hồ sơ.");
        Field(e => e.RecordId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Mã hồ sơ.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields")
            .Description("Các trường nhạy cảm đã đọc.")
            .Resolve(c => c.Source.Fields.Split(',', StringSplitOptions.RemoveEmptyEntries));
    }
}
