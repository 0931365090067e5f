namespace TriThuc.Modules.Science.Initiatives;

/// <summary>Who recognised it: a grassroots unit, the province, the nation, or an international body.</summary>
[Name("ScienceInitiativeRecognitionLevel")]
[Description("Cấp công nhận: cơ sở, tỉnh, quốc gia, quốc tế.")]
public enum RecognitionLevel
{
    [Description("Cấp cơ sở")]
    Grassroots,
    [Description("Cấp tỉnh")]
    Provincial,
    [Description("Cấp quốc gia")]
    National,
    [Description("Quốc tế")]
    International,
}
