namespace TriThuc.SharedKernel.Privacy;

/// <summary>The legal ground on which a person's data is processed.</summary>
public enum ProcessingBasisKind
{
    /// <summary>The person consented (đồng ý của chủ thể dữ liệu).</summary>
    Consent,

    /// <summary>A law requires it (theo quy định của luật).</summary>
    LegalObligation,

    /// <summary>A state agency's public duty, e.g. managing cadres and public servants.</summary>
    PublicDuty,

    /// <summary>A contract with the person (hợp đồng).</summary>
    Contract,

    /// <summary>An emergency threatening life or health.</summary>
    Emergency,
}
