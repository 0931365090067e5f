namespace TriThuc.Modules.Talent.Policies;

/// <summary>What a person who breaks the commitment pays back of the one-off support, as the policy's own text says (no national rule sets it).</summary>
[Name("TalentRefundRule")]
[Description("Cách tính số tiền phải hoàn trả khi không thực hiện đủ thời gian cam kết, theo văn bản của chính sách.")]
public enum RefundRule
{
    [Description("Không phải hoàn trả")]
    None,
    [Description("Hoàn trả khoản hỗ trợ một lần theo tỷ lệ thời gian cam kết còn lại (tính theo ngày)")]
    ProRataTimeLeft,
    [Description("Hoàn trả toàn bộ khoản hỗ trợ một lần")]
    Full,
}
