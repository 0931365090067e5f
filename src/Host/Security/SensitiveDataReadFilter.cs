namespace TriThuc.Host.Security;

/// <summary>The filters of the access log; both optional, combined with AND.</summary>
internal sealed class SensitiveDataReadFilter
{
    public string? RecordId { get; init; }

    public string? UserId { get; init; }
}

[Name("SensitiveDataReadOrder")]
[System.ComponentModel.Description("Thứ tự nhật ký đọc dữ liệu cá nhân.")]
internal enum SensitiveDataReadOrder
{
    [System.ComponentModel.Description("Mới nhất trước (mặc định)")]
    NewestFirst,
    [System.ComponentModel.Description("Cũ nhất trước")]
    OldestFirst,
}

internal sealed class SensitiveDataReadFilterType : InputObjectGraphType<SensitiveDataReadFilter>
{
    public SensitiveDataReadFilterType()
    {
        Name = "SensitiveDataReadFilter";
        Description = "Bộ lọc nhật ký đọc dữ liệu cá nhân; các điều kiện kết hợp với nhau (và).";
        Field(f => f.RecordId, type: typeof(IdGraphType)).Description("Chỉ những lần đọc hồ sơ này.");
        Field(f => f.UserId, nullable: true).Description("Chỉ những lần đọc của người này.");
    }
}
