namespace TriThuc.SharedKernel.Privacy;

/// <summary>The legal ground on which a person's data is processed.</summary>
[System.ComponentModel.Description("Căn cứ pháp lý để xử lý dữ liệu cá nhân của một người.")]
public enum ProcessingBasisKind
{
    /// <summary>The person consented (đồng ý của chủ thể dữ liệu).</summary>
    [System.ComponentModel.Description("Sự đồng ý của chủ thể dữ liệu")]
    Consent,

    /// <summary>A law requires it (theo quy định của luật).</summary>
    [System.ComponentModel.Description("Theo quy định của luật")]
    LegalObligation,

    /// <summary>A state agency's public duty, e.g. managing cadres and public servants.</summary>
    [System.ComponentModel.Description("Nhiệm vụ công của cơ quan nhà nước")]
    PublicDuty,

    /// <summary>A contract with the person (hợp đồng).</summary>
    [System.ComponentModel.Description("Thực hiện hợp đồng với chủ thể dữ liệu")]
    Contract,

    /// <summary>An emergency threatening life or health.</summary>
    [System.ComponentModel.Description("Tình huống khẩn cấp đe dọa tính mạng, sức khỏe")]
    Emergency,
}
