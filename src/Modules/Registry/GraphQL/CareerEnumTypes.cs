using GraphQL.Types;
using TriThuc.Modules.Registry.Careers;

namespace TriThuc.Modules.Registry.GraphQL;

public sealed class DegreeType : EnumerationGraphType<Degree>
{
    public DegreeType()
    {
        Name = "Degree";
        Description = "Trình độ chuyên môn: cử nhân, kỹ sư, thạc sĩ, tiến sĩ; bác sĩ, bác sĩ nội trú, BS CKI, BS CKII.";
    }
}

public sealed class AcademicTitleType : EnumerationGraphType<AcademicTitle>
{
    public AcademicTitleType()
    {
        Name = "AcademicTitle";
        Description = "Học hàm: Phó Giáo sư, Giáo sư.";
    }
}

public sealed class PoliticalTheoryLevelType : EnumerationGraphType<PoliticalTheoryLevel>
{
    public PoliticalTheoryLevelType()
    {
        Name = "PoliticalTheoryLevel";
        Description = "Trình độ lý luận chính trị: sơ cấp, trung cấp, cao cấp.";
    }
}

public sealed class PositionLevelType : EnumerationGraphType<PositionLevel>
{
    public PositionLevelType()
    {
        Name = "PositionLevel";
        Description = "Cấp của chức vụ: tỉnh, sở/ngành, huyện, xã, đơn vị.";
    }
}

public sealed class TrainingKindType : EnumerationGraphType<TrainingKind>
{
    public TrainingKindType()
    {
        Name = "TrainingKind";
        Description = "Loại bồi dưỡng: cập nhật kiến thức, ngoại ngữ, môi trường quốc tế, lý luận chính trị, chuyên môn, quản lý.";
    }
}
